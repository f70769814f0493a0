package dev.penny.platform.opening;

import dev.penny.platform.store.StoreSettings;
import dev.penny.platform.store.StoreSettingsRepository;
import dev.penny.platform.store.StoreTheme;
import dev.penny.platform.tenancy.Tenant;
import dev.penny.platform.tenancy.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Currency;

/**
 * The database steps of opening a store, each committed on its own: the tenant (which reserves the
 * slug), then under that tenant its settings; and the undo when the store cannot be opened.
 */
@ApplicationScoped
public class StoreOpeningWriter {

  private final TenantRepository tenants;
  private final StoreSettingsRepository settings;
  private final EntityManager em;
  private final Clock clock;

  @Inject
  public StoreOpeningWriter(
      TenantRepository tenants, StoreSettingsRepository settings, EntityManager em, Clock clock) {
    this.tenants = tenants;
    this.settings = settings;
    this.em = em;
    this.clock = clock;
  }

  protected StoreOpeningWriter() {
    this(null, null, null, null);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean slugTaken(String slug) {
    return tenants.findBySlug(slug).isPresent();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long createTenant(String slug, String name, Currency currency) {
    Tenant tenant = tenants.add(new Tenant(slug, name, currency, clock.instant()));
    em.flush();
    return tenant.id();
  }

  /** Must run inside {@code TenantScope.runAs(tenantId, ...)}. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void createSettings(String name, Currency currency) {
    settings.add(new StoreSettings(name, StoreTheme.CLASSIC, currency));
  }

  /** Must run inside {@code TenantScope.runAs(tenantId, ...)}: removes a store never opened. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void undo(long tenantId) {
    settings.current().ifPresent(em::remove);
    em.flush();
    em.createQuery("delete from Tenant t where t.id = :id")
        .setParameter("id", tenantId)
        .executeUpdate();
  }
}
