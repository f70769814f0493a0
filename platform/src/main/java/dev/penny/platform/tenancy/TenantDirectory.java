package dev.penny.platform.tenancy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stores by slug, for the request filter. Every request asks, so answers (also "no such store") are
 * kept briefly; {@link #forget(String)} drops one at once when a store changes.
 */
@ApplicationScoped
public class TenantDirectory {

  private final TenantRepository tenants;
  private final Cache<String, Optional<ActiveTenant>> bySlug;

  @Inject
  public TenantDirectory(
      TenantRepository tenants,
      @ConfigProperty(name = "penny.storefront.cache-seconds", defaultValue = "60")
          int cacheSeconds) {
    this.tenants = tenants;
    this.bySlug =
        Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofSeconds(cacheSeconds))
            .build();
  }

  /** For CDI's proxy only. */
  protected TenantDirectory() {
    this.tenants = null;
    this.bySlug = null;
  }

  public Optional<ActiveTenant> bySlug(String slug) {
    return bySlug.get(slug, this::load);
  }

  private Optional<ActiveTenant> load(String slug) {
    return tenants.findBySlug(slug).map(Tenant::toActiveTenant);
  }

  public void forget(String slug) {
    bySlug.invalidate(slug);
  }
}
