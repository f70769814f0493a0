package dev.penny.platform.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** The current store's categories, in the store's order. */
@ApplicationScoped
public class CategoryRepository {

  private final EntityManager em;

  @Inject
  public CategoryRepository(EntityManager em) {
    this.em = em;
  }

  /** For CDI's proxy only. */
  protected CategoryRepository() {
    this.em = null;
  }

  public List<Category> all() {
    return em.createQuery("select c from Category c order by c.position, c.id", Category.class)
        .getResultList();
  }

  public Optional<Category> findBySlug(String slug) {
    return em
        .createQuery("select c from Category c where c.slug = :slug", Category.class)
        .setParameter("slug", slug)
        .getResultList()
        .stream()
        .findFirst();
  }

  public Optional<Category> find(long id) {
    return em
        .createQuery("select c from Category c where c.id = :id", Category.class)
        .setParameter("id", id)
        .getResultList()
        .stream()
        .findFirst();
  }

  public Category add(Category category) {
    em.persist(category);
    return category;
  }

  /**
   * Takes the category's products out of it (they stay in the catalog, without a category): how
   * many. One statement on the store's {@code (tenant_id, category_id)} index.
   */
  public int uncategorize(Category category) {
    return em.createQuery(
            "update Product p set p.category = null where p.tenantId = :store"
                + " and p.category = :category")
        .setParameter("store", category.tenantId())
        .setParameter("category", category)
        .executeUpdate();
  }

  public void remove(Category category) {
    em.remove(category);
  }
}
