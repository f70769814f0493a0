package dev.penny.storefront.it;

import dev.penny.payments.reconciliation.AcquirerFile;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The scripted acquirer's settlement file: what {@link ScriptedCardCharges} really did, plus lines
 * a test adds (a charge Penny never asked for).
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class ScriptedAcquirerFile implements AcquirerFile {

  @Inject ScriptedCardCharges acquirer;

  private final List<Line> extra = new CopyOnWriteArrayList<>();
  private final java.util.Set<LocalDate> empty = java.util.concurrent.ConcurrentHashMap.newKeySet();

  @Override
  public List<Line> lines(LocalDate day) {
    if (empty.contains(day)) {
      return List.of();
    }
    List<Line> lines = new ArrayList<>(acquirer.settlementFile());
    lines.addAll(extra);
    return lines;
  }

  public void add(Line line) {
    extra.add(line);
  }

  /** The acquirer settled nothing on {@code day} (its file of every other day is the same). */
  public void emptyOn(LocalDate day) {
    empty.add(day);
  }

  public void clear() {
    extra.clear();
    empty.clear();
  }
}
