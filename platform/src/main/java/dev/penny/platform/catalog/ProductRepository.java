package dev.penny.platform.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The active products of the current store. Every query is filtered to the store by Hibernate; none
 * of them names the tenant. Variants and images load in one batched query per list.
 */
@ApplicationScoped
public class ProductRepository {

  /**
   * One row per product, variants aggregated and the first image joined: one statement a list. The
   * joins carry {@code tenant_id}, so each uses the tenant-led index of the joined table.
   */
  private static final String SUMMARY =
      "select new dev.penny.platform.catalog.ProductSummary(p.id, p.slug, p.name, p.summary, p.kind,"
          + " min(v.price.micros), max(v.price.micros), max(v.price.currency), max(v.stock),"
          + " max(i.url), max(i.altText))"
          + " from Product p left join p.variants v on v.tenantId = p.tenantId"
          + " left join p.images i on i.tenantId = p.tenantId and i.position = 0"
          + " where p.id in :ids"
          + " group by p.id, p.slug, p.name, p.summary, p.kind";

  private static final String IS_ACTIVE =
      "p.status = dev.penny.platform.catalog.CatalogStatus.ACTIVE";

  private final EntityManager em;
  private final SearchWords searchWords;

  @Inject
  public ProductRepository(EntityManager em, SearchWords searchWords) {
    this.em = em;
    this.searchWords = searchWords;
  }

  /** For CDI's proxy only. */
  protected ProductRepository() {
    this.em = null;
    this.searchWords = null;
  }

  /** The product with its category and variants (one statement); images follow in a second. */
  public Optional<Product> findActive(long id) {
    return em
        .createQuery(
            "select distinct p from Product p left join fetch p.category left join fetch p.variants"
                + " where p.status = dev.penny.platform.catalog.CatalogStatus.ACTIVE and p.id = :id",
            Product.class)
        .setParameter("id", id)
        .getResultList()
        .stream()
        .findFirst();
  }

  public List<ProductSummary> featured(int limit) {
    List<Long> ids =
        em.createQuery(
                "select p.id from Product p where p.featured = true and "
                    + IS_ACTIVE
                    + " order by p.id",
                Long.class)
            .setMaxResults(limit)
            .getResultList();
    return summaries(ids);
  }

  /** A page of a category's active products in id order; its cost does not grow with depth. */
  public KeysetPage<ProductSummary> inCategory(long categoryId, PageCursor cursor, int size) {
    KeysetPage<Long> ids =
        new IdKeyset(
                em,
                "Product p",
                "p.category.id = :category and " + IS_ACTIVE,
                Map.of("category", categoryId),
                false)
            .page(cursor, size);
    return new KeysetPage<>(summaries(ids.items()), ids.previousBefore(), ids.nextAfter());
  }

  public long countActive() {
    return em.createQuery("select count(p) from Product p where " + IS_ACTIVE, Long.class)
        .getSingleResult();
  }

  /** For the admin: the product whatever its status, with category and variants. */
  public Optional<Product> find(long id) {
    return em
        .createQuery(
            "select distinct p from Product p left join fetch p.category left join fetch p.variants"
                + " where p.id = :id",
            Product.class)
        .setParameter("id", id)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** For the admin: the products of one status, newest first, with their categories. */
  public KeysetPage<Product> forAdmin(CatalogStatus status, PageCursor cursor, int size) {
    KeysetPage<Long> ids =
        new IdKeyset(em, "Product p", "p.status = :status", Map.of("status", status), true)
            .page(cursor, size);
    return new KeysetPage<>(withCategories(ids.items()), ids.previousBefore(), ids.nextAfter());
  }

  /** The products of {@code ids} with their categories, in the order given. */
  private List<Product> withCategories(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Product> found =
        em.createQuery(
                "select p from Product p left join fetch p.category where p.id in :ids",
                Product.class)
            .setParameter("ids", ids)
            .getResultList();
    return IdOrder.of(ids, found, Product::id);
  }

  /** True when an active product of the store shows the image at {@code address}. */
  public boolean activeProductShows(String address) {
    return !em.createQuery(
            "select i.id from ProductImage i join i.product p where i.url = :address and "
                + IS_ACTIVE,
            Long.class)
        .setParameter("address", address)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public boolean slugTaken(String slug) {
    return em.createQuery("select count(p) from Product p where p.slug = :slug", Long.class)
            .setParameter("slug", slug)
            .getSingleResult()
        > 0;
  }

  /**
   * True when another product of the store already uses the SKU (case-insensitive: the collation).
   */
  public boolean skuTaken(String sku, Long exceptVariantId) {
    return em.createQuery(
                "select count(v) from ProductVariant v where v.sku = :sku"
                    + " and (:except is null or v.id <> :except)",
                Long.class)
            .setParameter("sku", sku.strip())
            .setParameter("except", exceptVariantId)
            .getSingleResult()
        > 0;
  }

  /** Stores a new product and the words search finds it by. */
  public Product add(Product product) {
    em.persist(product);
    wordsChanged(product);
    return product;
  }

  /** Re-reads the name and summary into the search words, after either changed. */
  public void wordsChanged(Product product) {
    searchWords.index(
        SearchWord.Kind.PRODUCT, product.id(), product.name(), product.summary().orElse(""));
  }

  /**
   * Keyset page for the API: the active products after {@code afterId}, in id order, with their
   * categories. The ids come first from the store's status index, then the rows by id.
   */
  public List<Product> after(long afterId, int limit) {
    List<Long> ids =
        em.createQuery(
                "select p.id from Product p where "
                    + IS_ACTIVE
                    + " and p.id > :after order by p.id",
                Long.class)
            .setParameter("after", afterId)
            .setMaxResults(limit)
            .getResultList();
    return withCategories(ids);
  }

  /** Active products matching every word of the text (see {@link SearchWords}), best first. */
  public List<ProductSummary> search(String text, int limit) {
    List<String> terms = SearchTerms.query(text);
    if (terms.isEmpty()) {
      return List.of();
    }
    return summaries(searchWords.rank(SearchWord.Kind.PRODUCT, "Product", terms, limit));
  }

  /** The summaries of {@code ids}, in the order given. */
  private List<ProductSummary> summaries(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<ProductSummary> found =
        em.createQuery(SUMMARY, ProductSummary.class).setParameter("ids", ids).getResultList();
    return IdOrder.of(ids, found, ProductSummary::id);
  }
}
