package dev.penny.platform.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Rows read by {@code id in (...)} put back in the order of the ids that were asked for. */
final class IdOrder {

  private IdOrder() {}

  /** {@code found} in the order of {@code ids}; an id with no row (gone meanwhile) is skipped. */
  static <T> List<T> of(List<Long> ids, List<T> found, Function<T, Long> id) {
    Map<Long, T> byId = found.stream().collect(Collectors.toMap(id, t -> t));
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }
}
