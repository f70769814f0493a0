package dev.penny.platform.tenancy;

import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.problem.ItemNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;

/**
 * What platform operators do to stores: list them all, suspend and resume them. The only place
 * outside start-up that reads across tenants, and it says so.
 */
@ApplicationScoped
public class PlatformStoresService {

  private static final Logger LOG = Logger.getLogger(PlatformStoresService.class.getName());

  private final TenantRepository tenants;
  private final TenantDirectory directory;
  private final Event<StoreChanged> changed;

  @Inject
  public PlatformStoresService(
      TenantRepository tenants, TenantDirectory directory, Event<StoreChanged> changed) {
    this.tenants = tenants;
    this.directory = directory;
    this.changed = changed;
  }

  protected PlatformStoresService() {
    this(null, null, null);
  }

  @Transactional
  public List<ActiveTenant> allStoresAcrossTenants() {
    return tenants.listAcrossTenants().stream().map(Tenant::toActiveTenant).toList();
  }

  @Transactional
  public void suspend(String slug, String operator) {
    Tenant tenant = find(slug);
    tenant.suspend();
    LOG.info(() -> "Store " + slug + " suspended by " + operator);
    forget(tenant);
  }

  @Transactional
  public void resume(String slug, String operator) {
    Tenant tenant = find(slug);
    tenant.resume();
    LOG.info(() -> "Store " + slug + " resumed by " + operator);
    forget(tenant);
  }

  private Tenant find(String slug) {
    return tenants
        .findBySlug(slug)
        .orElseThrow(
            () -> new ItemNotFoundException(ErrorCode.STORE_NOT_FOUND, "No store " + slug));
  }

  private void forget(Tenant tenant) {
    directory.forget(tenant.slug());
    changed.fire(new StoreChanged(tenant.id()));
  }
}
