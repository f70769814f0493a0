package dev.penny.platform.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** The current store's shipping methods, in the store's order. */
@ApplicationScoped
public class ShippingMethodRepository {

  private final EntityManager em;

  @Inject
  public ShippingMethodRepository(EntityManager em) {
    this.em = em;
  }

  /** For CDI's proxy only. */
  protected ShippingMethodRepository() {
    this.em = null;
  }

  public List<ShippingMethod> all() {
    return em.createQuery(
            "select m from ShippingMethod m order by m.position, m.id", ShippingMethod.class)
        .getResultList();
  }

  public Optional<ShippingMethod> find(long id) {
    return em
        .createQuery("select m from ShippingMethod m where m.id = :id", ShippingMethod.class)
        .setParameter("id", id)
        .getResultList()
        .stream()
        .findFirst();
  }

  public boolean nameTaken(String name) {
    return em.createQuery(
                "select count(m) from ShippingMethod m where lower(m.name) = lower(:name)",
                Long.class)
            .setParameter("name", name.strip())
            .getSingleResult()
        > 0;
  }

  public ShippingMethod add(ShippingMethod method) {
    em.persist(method);
    return method;
  }

  public void remove(ShippingMethod method) {
    em.remove(method);
  }
}
