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

  @Inject
  public ContentItemRepository(EntityManager em) {
    this.em = em;
  }

  /** For CDI's proxy only. */
  protected ContentItemRepository() {
    this.em = null;
  }

  public Optional<ContentItem> findActive(long id) {
    return em.createQuery(ACTIVE + " and c.id = :id", ContentItem.class)
        .setParameter("id", id)
        .getResultStream()
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

  public List<ContentItem> search(String text, int limit) {
    return em.createQuery(
            ACTIVE
                + " and (lower(c.title) like :pattern escape '!' or lower(c.teaser) like :pattern"
                + " escape '!') order by c.publishedAt desc, c.id desc",
            ContentItem.class)
        .setParameter("pattern", SearchPattern.contains(text))
        .setMaxResults(limit)
        .getResultList();
  }

  /** For the admin: the item whatever its status. */
  public Optional<ContentItem> find(long id) {
    return em.createQuery("select c from ContentItem c where c.id = :id", ContentItem.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** For the admin: every item, archived ones last. */
  public List<ContentItem> allForAdmin() {
    return em.createQuery(
            "select c from ContentItem c order by c.status, c.publishedAt desc, c.id desc",
            ContentItem.class)
        .getResultList();
  }

  public boolean slugTaken(String slug) {
    return em.createQuery("select count(c) from ContentItem c where c.slug = :slug", Long.class)
            .setParameter("slug", slug)
            .getSingleResult()
        > 0;
  }

  public ContentItem add(ContentItem item) {
    em.persist(item);
    return item;
  }
}
