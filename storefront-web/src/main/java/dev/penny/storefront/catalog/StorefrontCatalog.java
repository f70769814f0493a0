package dev.penny.storefront.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import dev.penny.platform.catalog.PageCursor;
import dev.penny.platform.tenancy.ActiveTenant;
import dev.penny.platform.tenancy.NoTenantException;
import dev.penny.platform.tenancy.StoreChanged;
import dev.penny.platform.tenancy.TenantContext;
import dev.penny.storefront.catalog.CatalogViews.CategoryPage;
import dev.penny.storefront.catalog.CatalogViews.ContentTeaser;
import dev.penny.storefront.catalog.CatalogViews.HomeView;
import dev.penny.storefront.catalog.CatalogViews.ProductDetail;
import dev.penny.storefront.catalog.CatalogViews.SearchResults;
import dev.penny.storefront.catalog.CatalogViews.StoreView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The catalog as the storefront reads it: the current store's views, cached per store so that a
 * warm page costs no SQL. Every key starts with the store's id, so a cached view can only ever be
 * served to the store it was loaded for.
 *
 * <p>Entries expire after {@code penny.storefront.cache-seconds}; a {@link StoreChanged} event
 * drops a store's entries at once. With several instances each keeps its own cache, so the expiry
 * bounds how stale another instance can be.
 */
@ApplicationScoped
public class StorefrontCatalog {

  /** Longer queries are refused: they match nothing useful and cost a full scan. */
  public static final int MAX_QUERY_LENGTH = 100;

  private final CatalogLoader loader;
  private final TenantContext context;
  private final int pageSize;
  private final Cache<Long, StoreView> stores;
  private final Cache<Long, HomeView> homes;
  private final Cache<PageKey, CategoryPage> categoryPages;
  private final Cache<ItemKey, Optional<ProductDetail>> products;
  private final Cache<ItemKey, Optional<ContentTeaser>> contents;

  private record PageKey(long tenantId, String category, PageCursor cursor) {}

  private record ItemKey(long tenantId, long id) {}

  @Inject
  public StorefrontCatalog(
      CatalogLoader loader,
      TenantContext context,
      @ConfigProperty(name = "penny.storefront.page-size", defaultValue = "12") int pageSize,
      @ConfigProperty(name = "penny.storefront.cache-seconds", defaultValue = "60")
          int cacheSeconds) {
    this.loader = loader;
    this.context = context;
    this.pageSize = pageSize;
    Duration ttl = Duration.ofSeconds(cacheSeconds);
    this.stores = cache(ttl, 10_000);
    this.homes = cache(ttl, 10_000);
    this.categoryPages = cache(ttl, 50_000);
    this.products = cache(ttl, 100_000);
    this.contents = cache(ttl, 50_000);
  }

  /** For CDI's proxy only. */
  protected StorefrontCatalog() {
    this.loader = null;
    this.context = null;
    this.pageSize = 0;
    this.stores = null;
    this.homes = null;
    this.categoryPages = null;
    this.products = null;
    this.contents = null;
  }

  public StoreView store() {
    ActiveTenant tenant = tenant();
    return stores.get(tenant.id(), id -> loader.store(tenant));
  }

  public HomeView home() {
    return homes.get(tenant().id(), id -> loader.home());
  }

  /**
   * Empty for an unknown category, or for a page after the first that holds nothing (a cursor past
   * the end).
   */
  public Optional<CategoryPage> categoryPage(String slug, PageCursor cursor) {
    return store()
        .category(slug)
        .map(
            category ->
                categoryPages.get(
                    new PageKey(tenant().id(), slug, cursor),
                    key -> loader.categoryPage(category, cursor, pageSize)))
        .filter(p -> cursor.isFirst() || !p.products().isEmpty());
  }

  public Optional<ProductDetail> product(long id) {
    return products.get(new ItemKey(tenant().id(), id), key -> loader.product(id));
  }

  public Optional<ContentTeaser> contentTeaser(long id) {
    return contents.get(new ItemKey(tenant().id(), id), key -> loader.contentTeaser(id));
  }

  /** Not cached: queries vary too much to be worth keeping. */
  public SearchResults search(String query) {
    String trimmed = query == null ? "" : query.strip();
    if (trimmed.isEmpty()) {
      return new SearchResults("", List.of(), List.of());
    }
    if (trimmed.length() > MAX_QUERY_LENGTH) {
      throw new QueryTooLongException();
    }
    return loader.search(trimmed);
  }

  /**
   * After the change commits (a page rendered in between would otherwise be kept with what was
   * there before); at once when no transaction is under way, as for another server's news.
   */
  void onCatalogChanged(
      @Observes(notifyObserver = Reception.IF_EXISTS, during = TransactionPhase.AFTER_SUCCESS)
          StoreChanged event) {
    evictStore(event.tenantId());
  }

  public void evictStore(long tenantId) {
    stores.invalidate(tenantId);
    homes.invalidate(tenantId);
    categoryPages.asMap().keySet().removeIf(k -> k.tenantId() == tenantId);
    products.asMap().keySet().removeIf(k -> k.tenantId() == tenantId);
    contents.asMap().keySet().removeIf(k -> k.tenantId() == tenantId);
  }

  private ActiveTenant tenant() {
    return context.tenant().orElseThrow(NoTenantException::new);
  }

  private static <K, V> Cache<K, V> cache(Duration ttl, long maximumSize) {
    return Caffeine.newBuilder()
        .maximumSize(maximumSize)
        .expireAfterWrite(ttl)
        .recordStats()
        .build();
  }

  /** Hits and lookups of every catalog cache since the server started, for the metrics. */
  public CacheStats stats() {
    return stores
        .stats()
        .plus(homes.stats())
        .plus(categoryPages.stats())
        .plus(products.stats())
        .plus(contents.stats());
  }
}
