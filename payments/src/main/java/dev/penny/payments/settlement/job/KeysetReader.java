package dev.penny.payments.settlement.job;

import jakarta.batch.api.chunk.AbstractItemReader;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A chunk reader over ids in ascending order, a page at a time; its checkpoint is the last id it
 * handed out, so a restarted step goes on after it.
 */
abstract class KeysetReader extends AbstractItemReader {

  static final int PAGE = 200;

  private final Deque<Long> page = new ArrayDeque<>();
  private long last;
  private boolean exhausted;

  /** The next page of ids after {@code after}. */
  abstract List<Long> after(long after, int limit);

  @Override
  public void open(Serializable checkpoint) {
    last = checkpoint == null ? 0 : (Long) checkpoint;
  }

  @Override
  public Object readItem() {
    if (page.isEmpty() && !exhausted) {
      List<Long> next = after(last, PAGE);
      exhausted = next.size() < PAGE;
      page.addAll(next);
    }
    Long id = page.poll();
    if (id != null) {
      last = id;
    }
    return id;
  }

  @Override
  public Serializable checkpointInfo() {
    return last;
  }
}
