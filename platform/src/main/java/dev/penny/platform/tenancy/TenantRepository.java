package dev.penny.platform.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Stores by slug. The tenant table is the platform's, so these lookups span all stores. */
@ApplicationScoped
public class TenantRepository {

  private final EntityManager em;

  @Inject
  public TenantRepository(EntityManager em) {
    this.em = em;
  }

  /** For CDI's proxy only. */
  protected TenantRepository() {
    this.em = null;
  }

  public Optional<Tenant> findBySlug(String slug) {
    return em
        .createQuery("select t from Tenant t where t.slug = :slug", Tenant.class)
        .setParameter("slug", slug)
        .getResultList()
        .stream()
        .findFirst();
  }

  public List<Tenant> listAcrossTenants() {
    return em.createQuery("select t from Tenant t order by t.slug", Tenant.class).getResultList();
  }

  public Tenant add(Tenant tenant) {
    em.persist(tenant);
    return tenant;
  }
}
