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

  private final EntityManager em;

  @Inject
  public ProductRepository(EntityManager em) {
    this.em = em;
  }

  /** For CDI's proxy only. */
  protected ProductRepository() {
    this.em = null;
  }

  public Optional<Product> findActive(long id) {
    return em.createQuery(ACTIVE + " and p.id = :id", Product.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  public List<Product> featured(int limit) {
    return em.createQuery(ACTIVE + " and p.featured = true order by p.id", Product.class)
        .setMaxResults(limit)
        .getResultList();
  }

  public List<Product> inCategory(long categoryId, int offset, int limit) {
    return em.createQuery(ACTIVE + " and p.category.id = :category order by p.id", Product.class)
        .setParameter("category", categoryId)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long countInCategory(long categoryId) {
    return em.createQuery(
            "select count(p) from Product p where p.category.id = :category and p.status = "
                + "dev.penny.platform.catalog.CatalogStatus.ACTIVE",
            Long.class)
        .setParameter("category", categoryId)
        .getSingleResult();
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
  public List<Product> search(String text, int limit) {
    return em.createQuery(
            ACTIVE
                + " and (lower(p.name) like :pattern escape '!' or lower(p.summary) like :pattern"
                + " escape '!') order by p.featured desc, p.id",
            Product.class)
        .setParameter("pattern", SearchPattern.contains(text))
        .setMaxResults(limit)
        .getResultList();
  }
}
