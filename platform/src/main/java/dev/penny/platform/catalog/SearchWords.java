package dev.penny.platform.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Store search: the words of every product and content item, kept under their store, and the
 * ranking of a shopper's words against them. Each query word must match a word of the item, as the
 * whole word or its beginning ("grind" finds "grinder"); items rank by the weight of what matched
 * (a word of the name counts three times one of the summary), then by id. Every read goes through
 * the index {@code (tenant_id, item_kind, word, ...)}: one range of one store per word.
 */
@ApplicationScoped
public class SearchWords {

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
   */
  List<Long> rank(SearchWord.Kind kind, String entity, List<String> terms, int limit) {
    StringBuilder anyTerm = new StringBuilder();
    StringBuilder whichTerm = new StringBuilder("case");
    for (int i = 0; i < terms.size(); i++) {
      anyTerm.append(i == 0 ? "" : " or ").append("w.word like :t").append(i);
      whichTerm.append(" when w.word like :t").append(i).append(" then ").append(i);
    }
    whichTerm.append(" end");
    String hql =
        "select w.itemId from SearchWord w join "
            + entity
            + " item on item.id = w.itemId and item.tenantId = w.tenantId"
            + " where w.kind = :kind and item.status = dev.penny.platform.catalog.CatalogStatus.ACTIVE"
            + " and ("
            + anyTerm
            + ") group by w.itemId"
            + (terms.size() > 1 ? " having count(distinct " + whichTerm + ") = :count" : "")
            + " order by sum(w.weight) desc, w.itemId";
    TypedQuery<Long> query = em.createQuery(hql, Long.class).setParameter("kind", kind);
    for (int i = 0; i < terms.size(); i++) {
      query.setParameter("t" + i, terms.get(i) + "%");
    }
    if (terms.size() > 1) {
      query.setParameter("count", (long) terms.size());
    }
    return query.setMaxResults(limit).getResultList();
  }
}
