package dev.penny.platform.catalog;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * One page of a list ordered by id, with the cursors of its neighbours: {@code previousBefore} is
 * the id to page back from when there is an earlier page, {@code nextAfter} the id to page on from
 * when there is a later one.
 */
public record KeysetPage<T>(List<T> items, OptionalLong previousBefore, OptionalLong nextAfter) {

  public KeysetPage {
    items = List.copyOf(items);
  }

  public boolean hasPrevious() {
    return previousBefore.isPresent();
  }

  public boolean hasNext() {
    return nextAfter.isPresent();
  }

  public <R> KeysetPage<R> map(Function<? super T, R> mapping) {
    return new KeysetPage<>(items.stream().<R>map(mapping).toList(), previousBefore, nextAfter);
  }
}
