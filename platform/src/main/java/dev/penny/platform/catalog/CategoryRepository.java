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
}
