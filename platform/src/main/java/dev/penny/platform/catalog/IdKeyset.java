package dev.penny.platform.catalog;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Pages the ids an HQL condition selects, in id order (ascending or newest first), by keyset: a
 * page is a range read from an index, and each neighbour is one more probe of a single row. The
 * condition's columns and the id must be an index after {@code tenant_id} for that to hold.
 */
final class IdKeyset {

  private final EntityManager em;
  private final String from;
  private final String condition;
  private final Map<String, Object> parameters;
  private final boolean newestFirst;

  /**
   * @param from the entity and its alias, {@code Product p}
   * @param condition an HQL condition on the alias (parameters named)
   */
  IdKeyset(
      EntityManager em,
      String from,
      String condition,
      Map<String, Object> parameters,
      boolean newestFirst) {
    this.em = em;
    this.from = from;
    this.condition = condition;
    this.parameters = parameters;
    this.newestFirst = newestFirst;
  }

  KeysetPage<Long> page(PageCursor cursor, int size) {
    boolean backwards = cursor.direction() == PageCursor.Direction.BEFORE;
    // Reading backwards in list order is reading the ids the other way round.
    boolean ascending = newestFirst == backwards;
    String bound = "";
    if (!cursor.isFirst()) {
      bound = " and " + alias() + ".id " + (ascending ? ">" : "<") + " :cursor";
    }
    TypedQuery<Long> query =
        query(bound + " order by " + alias() + ".id " + (ascending ? "asc" : "desc"));
    if (!cursor.isFirst()) {
      query.setParameter("cursor", cursor.id());
    }
    List<Long> ids = new ArrayList<>(query.setMaxResults(size).getResultList());
    if (backwards) {
      Collections.reverse(ids);
    }
    if (ids.isEmpty()) {
      return new KeysetPage<>(ids, OptionalLong.empty(), OptionalLong.empty());
    }
    long first = ids.get(0);
    long last = ids.get(ids.size() - 1);
    return new KeysetPage<>(
        ids,
        exists(newestFirst ? ">" : "<", first) ? OptionalLong.of(first) : OptionalLong.empty(),
        exists(newestFirst ? "<" : ">", last) ? OptionalLong.of(last) : OptionalLong.empty());
  }

  private boolean exists(String comparison, long edge) {
    return !query(" and " + alias() + ".id " + comparison + " :edge")
        .setParameter("edge", edge)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private TypedQuery<Long> query(String tail) {
    TypedQuery<Long> query =
        em.createQuery(
            "select " + alias() + ".id from " + from + " where " + condition + tail, Long.class);
    parameters.forEach(query::setParameter);
    return query;
  }

  private String alias() {
    return from.substring(from.lastIndexOf(' ') + 1);
  }
}
