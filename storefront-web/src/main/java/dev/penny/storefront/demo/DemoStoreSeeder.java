package dev.penny.storefront.demo;

import dev.penny.platform.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens the demo stores at start-up when {@code penny.demo.seed=true} (the launcher sets it). Runs
 * during deployment, so the server reports ready only once the stores exist.
 */
@ApplicationScoped
public class DemoStoreSeeder {

  private static final Logger LOG = Logger.getLogger(DemoStoreSeeder.class.getName());

  private final DemoStoreWriter writer;
  private final boolean enabled;

  @Inject
  public DemoStoreSeeder(
      DemoStoreWriter writer,
      @ConfigProperty(name = "penny.demo.seed", defaultValue = "false") boolean enabled) {
    this.writer = writer;
    this.enabled = enabled;
  }

  protected DemoStoreSeeder() {
    this(null, false);
  }

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    if (!enabled) {
      return;
    }
    for (DemoStore store : DemoCatalogs.all()) {
      long tenantId = writer.ensureTenant(store);
      boolean seeded = TenantScope.runAs(tenantId, () -> writer.ensureCatalog(store));
      TenantScope.runAs(tenantId, () -> writer.ensureSelling(store));
      LOG.info(() -> "Demo store " + store.slug() + (seeded ? " seeded" : " already present"));
    }
  }
}
