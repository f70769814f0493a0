package dev.penny.platform.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** The current store's published content items, newest first. */
@ApplicationScoped
public class ContentItemRepository {

  private static final String ACTIVE =
      "select c from ContentItem c where c.status = "
          + "dev.penny.platform.catalog.CatalogStatus.ACTIVE";

  private final EntityManager em;
  private final SearchWords searchWords;

  @Inject
  public ContentItemRepository(EntityManager em, SearchWords searchWords) {
    this.em = em;
    this.searchWords = searchWords;
  }

  /** For CDI's proxy only. */
  protected ContentItemRepository() {
    this.em = null;
    this.searchWords = null;
  }

  public Optional<ContentItem> findActive(long id) {
    return em
        .createQuery(ACTIVE + " and c.id = :id", ContentItem.class)
        .setParameter("id", id)
        .getResultList()
        .stream()
        .findFirst();
  }

  public long countActive() {
    return em.createQuery(
            "select count(c) from ContentItem c where c.status = "
                + "dev.penny.platform.catalog.CatalogStatus.ACTIVE",
            Long.class)
        .getSingleResult();
  }

  public List<ContentItem> latest(int limit) {
    return em.createQuery(ACTIVE + " order by c.publishedAt desc, c.id desc", ContentItem.class)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Published items matching every word of the text in title or teaser, best first. */
  public List<ContentItem> search(String text, int limit) {
    List<String> terms = SearchTerms.query(text);
    if (terms.isEmpty()) {
      return List.of();
    }
    return byIds(searchWords.rank(SearchWord.Kind.CONTENT, "ContentItem", terms, limit));
  }

  /** For the admin: the item whatever its status. */
  public Optional<ContentItem> find(long id) {
    return em
        .createQuery("select c from ContentItem c where c.id = :id", ContentItem.class)
        .setParameter("id", id)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** For the admin: the items of one status, newest first. */
  public KeysetPage<ContentItem> forAdmin(CatalogStatus status, PageCursor cursor, int size) {
    KeysetPage<Long> ids =
        new IdKeyset(
                em, "ContentItem c", "c.status = :status", java.util.Map.of("status", status), true)
            .page(cursor, size);
    return new KeysetPage<>(byIds(ids.items()), ids.previousBefore(), ids.nextAfter());
  }

  /** The items of {@code ids}, in that order. */
  private List<ContentItem> byIds(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return IdOrder.of(
        ids,
        em.createQuery("select c from ContentItem c where c.id in :ids", ContentItem.class)
            .setParameter("ids", ids)
            .getResultList(),
        ContentItem::id);
  }

  public boolean slugTaken(String slug) {
    return em.createQuery("select count(c) from ContentItem c where c.slug = :slug", Long.class)
            .setParameter("slug", slug)
            .getSingleResult()
        > 0;
  }

  /** Stores a new item and the words search finds it by. */
  public ContentItem add(ContentItem item) {
    em.persist(item);
    wordsChanged(item);
    return item;
  }

  /** Re-reads the title and teaser into the search words, after either changed. */
  public void wordsChanged(ContentItem item) {
    searchWords.index(SearchWord.Kind.CONTENT, item.id(), item.title(), item.teaser());
  }
}
