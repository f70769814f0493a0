package dev.penny.storefront.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.penny.platform.tenancy.ActiveTenant;
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

  private final CatalogLoader loader;
  private final Cache<String, Optional<ActiveTenant>> bySlug;

  @Inject
  public TenantDirectory(
      CatalogLoader loader,
      @ConfigProperty(name = "penny.storefront.cache-seconds", defaultValue = "60")
          int cacheSeconds) {
    this.loader = loader;
    this.bySlug =
        Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofSeconds(cacheSeconds))
            .build();
  }

  /** For CDI's proxy only. */
  protected TenantDirectory() {
    this.loader = null;
    this.bySlug = null;
  }

  public Optional<ActiveTenant> bySlug(String slug) {
    return bySlug.get(slug, loader::tenant);
  }

  public void forget(String slug) {
    bySlug.invalidate(slug);
  }
}
