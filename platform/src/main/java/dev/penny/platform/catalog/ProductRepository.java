package dev.penny.platform.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * The active products of the current store. Every query is filtered to the store by Hibernate; none
 * of them names the tenant. Variants and images load in one batched query per list.
 */
@ApplicationScoped
public class ProductRepository {

  private static final String ACTIVE =
      "select p from Product p left join fetch p.category where p.status = "
          + "dev.penny.platform.catalog.CatalogStatus.ACTIVE";

  /** One row per product, variants aggregated and the first image joined: one statement a list. */
  private static final String SUMMARY =
      "select new dev.penny.platform.catalog.ProductSummary(p.id, p.slug, p.name, p.summary, p.kind,"
          + " min(v.price.micros), max(v.price.micros), max(v.price.currency), max(v.stock),"
          + " max(i.url), max(i.altText))"
          + " from Product p left join p.variants v left join p.images i on i.position = 0"
          + " where p.status = dev.penny.platform.catalog.CatalogStatus.ACTIVE";

  private static final String SUMMARY_GROUP =
      " group by p.id, p.slug, p.name, p.summary, p.kind, p.featured";

  private final EntityManager em;

  @Inject
  public ProductRepository(EntityManager em) {
    this.em = em;
  }

  /** For CDI's proxy only. */
  protected ProductRepository() {
    this.em = null;
  }

  /** The product with its category and variants (one statement); images follow in a second. */
  public Optional<Product> findActive(long id) {
    return em.createQuery(
            "select distinct p from Product p left join fetch p.category left join fetch p.variants"
                + " where p.status = dev.penny.platform.catalog.CatalogStatus.ACTIVE and p.id = :id",
            Product.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  public List<ProductSummary> featured(int limit) {
    return em.createQuery(
            SUMMARY + " and p.featured = true" + SUMMARY_GROUP + " order by p.id",
            ProductSummary.class)
        .setMaxResults(limit)
        .getResultList();
  }

  public List<ProductSummary> inCategory(long categoryId, int offset, int limit) {
    return em.createQuery(
            SUMMARY + " and p.category.id = :category" + SUMMARY_GROUP + " order by p.id",
            ProductSummary.class)
        .setParameter("category", categoryId)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long countActive() {
    return em.createQuery(
            "select count(p) from Product p where p.status = "
                + "dev.penny.platform.catalog.CatalogStatus.ACTIVE",
            Long.class)
        .getSingleResult();
  }

  public long countInCategory(long categoryId) {
    return em.createQuery(
            "select count(p) from Product p where p.category.id = :category and p.status = "
                + "dev.penny.platform.catalog.CatalogStatus.ACTIVE",
            Long.class)
        .setParameter("category", categoryId)
        .getSingleResult();
  }

  /** For the admin: the product whatever its status, with category and variants. */
  public Optional<Product> find(long id) {
    return em.createQuery(
            "select distinct p from Product p left join fetch p.category left join fetch p.variants"
                + " where p.id = :id",
            Product.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** For the admin: every product, archived ones last, newest first within each. */
  public List<Product> allForAdmin(int offset, int limit) {
    return em.createQuery(
            "select p from Product p left join fetch p.category order by p.status, p.id desc",
            Product.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long countAll() {
    return em.createQuery("select count(p) from Product p", Long.class).getSingleResult();
  }

  public boolean slugTaken(String slug) {
    return em.createQuery("select count(p) from Product p where p.slug = :slug", Long.class)
            .setParameter("slug", slug)
            .getSingleResult()
        > 0;
  }

  /** True when another product of the store already uses the SKU. */
  public boolean skuTaken(String sku, Long exceptVariantId) {
    return em.createQuery(
                "select count(v) from ProductVariant v where lower(v.sku) = lower(:sku)"
                    + " and (:except is null or v.id <> :except)",
                Long.class)
            .setParameter("sku", sku.strip())
            .setParameter("except", exceptVariantId)
            .getSingleResult()
        > 0;
  }

  public Product add(Product product) {
    em.persist(product);
    return product;
  }

  /** Keyset page for the API: the products after {@code afterId}, in id order. */
  public List<Product> after(long afterId, int limit) {
    return em.createQuery(ACTIVE + " and p.id > :after order by p.id", Product.class)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Products whose name or summary contains the text, case-insensitively. */
  public List<ProductSummary> search(String text, int limit) {
    return em.createQuery(
            SUMMARY
                + " and (lower(p.name) like :pattern escape '!' or lower(p.summary) like :pattern"
                + " escape '!')"
                + SUMMARY_GROUP
                + " order by p.featured desc, p.id",
            ProductSummary.class)
        .setParameter("pattern", SearchPattern.contains(text))
        .setMaxResults(limit)
        .getResultList();
  }
}
