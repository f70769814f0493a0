package dev.penny.platform.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Store search: the words of every product and content item, kept under their store, and the
 * ranking of a shopper's words against them. Each query word must match a word of the item, as the
 * whole word or its beginning ("grind" finds "grinder"); items rank by the weight of what matched
 * (a word of the name counts three times one of the summary), then by id. Every read goes through
 * the index {@code (tenant_id, item_kind, word, ...)}: one range of one store per word.
 */
@ApplicationScoped
public class SearchWords {

  /** Rows of one term read at most: the bound on what a search costs. */
  static final int CANDIDATES = 500;

  /** Ranked items checked for being active per statement. */
  private static final int STATUS_CHUNK = 100;

  private final EntityManager em;

  @Inject
  public SearchWords(EntityManager em) {
    this.em = em;
  }

  /** For CDI's proxy only. */
  protected SearchWords() {
    this.em = null;
  }

  /** Replaces the words of an item with those of its title and text. */
  public void index(SearchWord.Kind kind, long itemId, String title, String text) {
    em.createQuery("delete from SearchWord w where w.kind = :kind and w.itemId = :item")
        .setParameter("kind", kind)
        .setParameter("item", itemId)
        .executeUpdate();
    Map<String, Short> words = new LinkedHashMap<>();
    SearchTerms.words(text == null ? "" : text).forEach(w -> words.put(w, SearchWord.TEXT_WEIGHT));
    SearchTerms.words(title).forEach(w -> words.put(w, SearchWord.TITLE_WEIGHT));
    words.forEach((word, weight) -> em.persist(new SearchWord(kind, itemId, word, weight)));
  }

  /**
   * The ids of active items of {@code entity} (an entity with {@code id}, {@code tenantId} and
   * {@code status}) matching every term, best first.
   *
   * <p>Each term's words are read from the index in order, at most {@value #CANDIDATES} rows a
   * term, so a search costs the same in a store of a hundred products and one of a million. The
   * term with the fewest matches names the candidates; when it has no more than {@value
   * #CANDIDATES}, the answer is exact (every item matching all terms, ranked). When even the rarest
   * term matches more, the items are those among its first {@value #CANDIDATES} (by id) that match
   * the other terms: a query that common has far more answers than a page shows.
   */
  List<Long> rank(SearchWord.Kind kind, String entity, List<String> terms, int limit) {
    List<Matches> matches = new ArrayList<>();
    for (String term : terms) {
      matches.add(firstMatches(kind, term));
    }
    Matches rarest =
        matches.stream().min(Comparator.comparingInt(m -> m.items().size())).orElseThrow();
    Set<Long> candidates = new HashSet<>(rarest.items().keySet());
    Map<Long, Integer> scores = new HashMap<>();
    for (int i = 0; i < terms.size(); i++) {
      Matches found = matches.get(i);
      if (!found.complete() && rarest.complete() && found != rarest) {
        found = matchesAmong(kind, terms.get(i), candidates);
      }
      candidates.retainAll(found.items().keySet());
      found.items().forEach((item, weight) -> scores.merge(item, weight, Integer::sum));
    }
    if (candidates.isEmpty()) {
      return List.of();
    }
    List<Long> ranked =
        candidates.stream()
            .sorted(
                Comparator.comparing((Long item) -> -scores.get(item)).thenComparing(item -> item))
            .toList();
    // Only the best are checked for being active, a chunk at a time, by id. The status is read,
    // not filtered on: a filter lets the database prefer the status index and read every active
    // item of the store instead of looking up these.
    List<Long> shown = new ArrayList<>();
    for (int from = 0; from < ranked.size() && shown.size() < limit; from += STATUS_CHUNK) {
      List<Long> chunk = ranked.subList(from, Math.min(ranked.size(), from + STATUS_CHUNK));
      Set<Long> active = new HashSet<>();
      for (Object[] row :
          em.createQuery(
                  "select item.id, item.status from " + entity + " item where item.id in :ids",
                  Object[].class)
              .setParameter("ids", chunk)
              .getResultList()) {
        if (row[1] == CatalogStatus.ACTIVE) {
          active.add((Long) row[0]);
        }
      }
      chunk.stream().filter(active::contains).limit(limit - shown.size()).forEach(shown::add);
    }
    return shown;
  }

  /** The items whose words start with a term, with the summed weight of those words. */
  private record Matches(Map<Long, Integer> items, boolean complete) {}

  /**
   * The first {@value #CANDIDATES} rows of a term in index order; complete if there are no more.
   */
  private Matches firstMatches(SearchWord.Kind kind, String term) {
    List<Object[]> rows = termQuery(kind, term, "").setMaxResults(CANDIDATES + 1).getResultList();
    boolean complete = rows.size() <= CANDIDATES;
    return new Matches(sum(complete ? rows : rows.subList(0, CANDIDATES)), complete);
  }

  /** Every row of a term among some items. */
  private Matches matchesAmong(SearchWord.Kind kind, String term, Set<Long> items) {
    return new Matches(
        sum(
            termQuery(kind, term, " and w.itemId in :among")
                .setParameter("among", items)
                .getResultList()),
        true);
  }

  private TypedQuery<Object[]> termQuery(SearchWord.Kind kind, String term, String condition) {
    return em.createQuery(
            "select w.itemId, w.weight from SearchWord w where w.kind = :kind"
                + " and w.word like :term"
                + condition
                + " order by w.word, w.itemId",
            Object[].class)
        .setParameter("kind", kind)
        .setParameter("term", term + "%");
  }

  private static Map<Long, Integer> sum(List<Object[]> rows) {
    Map<Long, Integer> weights = new LinkedHashMap<>();
    for (Object[] row : rows) {
      weights.merge((Long) row[0], ((Number) row[1]).intValue(), Integer::sum);
    }
    return weights;
  }
}
