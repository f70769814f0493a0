package dev.penny.platform.tenancy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.penny.platform.cluster.FromAnotherServer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stores by slug, for the request filter. Every request asks, so answers (also "no such store") are
 * kept briefly; {@link #forget(String)} drops one at once when a store changes, here and (through
 * the cluster) on every other server.
 */
@ApplicationScoped
public class TenantDirectory {

  private final TenantRepository tenants;
  private final Cache<String, Optional<ActiveTenant>> bySlug;
  private final Event<DirectoryEntryChanged> changed;

  @Inject
  public TenantDirectory(
      TenantRepository tenants,
      Event<DirectoryEntryChanged> changed,
      @ConfigProperty(name = "penny.storefront.cache-seconds", defaultValue = "60")
          int cacheSeconds) {
    this.tenants = tenants;
    this.changed = changed;
    this.bySlug =
        Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofSeconds(cacheSeconds))
            .recordStats()
            .build();
  }

  /** For CDI's proxy only. */
  protected TenantDirectory() {
    this.tenants = null;
    this.changed = null;
    this.bySlug = null;
  }

  public Optional<ActiveTenant> bySlug(String slug) {
    return bySlug.get(slug, this::load);
  }

  private Optional<ActiveTenant> load(String slug) {
    return tenants.findBySlug(slug).map(Tenant::toActiveTenant);
  }

  /** Hits and lookups since the server started, for the metrics. */
  public com.github.benmanes.caffeine.cache.stats.CacheStats stats() {
    return bySlug.stats();
  }

  public void forget(String slug) {
    bySlug.invalidate(slug);
    changed.fire(new DirectoryEntryChanged(slug));
  }

  void forgetChangedElsewhere(
      @Observes(notifyObserver = Reception.IF_EXISTS) @FromAnotherServer
          DirectoryEntryChanged change) {
    bySlug.invalidate(change.slug());
  }
}
