package dev.penny.storefront.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.penny.platform.tenancy.StoreChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whole responses of a store's public pages and API, for anonymous requests, as a CDN would keep
 * them. A request with credentials or a session is never served from here, nor stored, so that
 * nothing personal is ever cached. Keys begin with the store's id and carry the full host and URI;
 * entries expire with the catalog cache and go at once when the store's catalog changes.
 */
@ApplicationScoped
public class ResponseCache {

  static final long MAX_BYTES = 64L * 1024 * 1024;
  static final int MAX_ENTRY_BYTES = 512 * 1024;

  /** A cached answer: always a 200. */
  public record Entry(String contentType, byte[] body) {}

  private record Key(long tenantId, String host, String uri) {}

  private final Cache<Key, Entry> entries;

  @Inject
  public ResponseCache(
      @ConfigProperty(name = "penny.storefront.cache-seconds", defaultValue = "60")
          int cacheSeconds) {
    this.entries =
        Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((Key k, Entry e) -> e.body().length + k.uri().length() + 64)
            .expireAfterWrite(Duration.ofSeconds(cacheSeconds))
            .recordStats()
            .build();
  }

  /** Hits and lookups since the server started, for the metrics. */
  public com.github.benmanes.caffeine.cache.stats.CacheStats stats() {
    return entries.stats();
  }

  protected ResponseCache() {
    this.entries = null;
  }

  /**
   * Whether this request (to a view that opted in) may be answered from, and stored in, the cache:
   * a GET without credentials. Cookies do not matter: a shared view renders nothing personal (who
   * is signed in and the mini-cart's count are fetched beside it from {@code /session}), so a
   * signed-in shopper and a guest with a cart get the same cached page as anyone.
   */
  public static boolean applies(HttpServletRequest request) {
    // Faces answers a request that says "Faces-Request: partial/ajax" with XML, not the page: it
    // is rendered for that client alone, never stored as the page nor answered from the store.
    return "GET".equals(request.getMethod())
        && request.getHeader("Authorization") == null
        && request.getHeader("Faces-Request") == null;
  }

  public Optional<Entry> find(long tenantId, HttpServletRequest request) {
    return Optional.ofNullable(entries.getIfPresent(key(tenantId, request)));
  }

  public void store(long tenantId, HttpServletRequest request, String contentType, byte[] body) {
    if (body.length <= MAX_ENTRY_BYTES && contentType != null) {
      entries.put(key(tenantId, request), new Entry(contentType, body));
    }
  }

  /**
   * After the change commits (a page rendered in between would otherwise be kept with what was
   * there before); at once when no transaction is under way, as for another server's news.
   */
  void onCatalogChanged(
      @Observes(notifyObserver = Reception.IF_EXISTS, during = TransactionPhase.AFTER_SUCCESS)
          StoreChanged event) {
    entries.asMap().keySet().removeIf(k -> k.tenantId() == event.tenantId());
  }

  private static Key key(long tenantId, HttpServletRequest request) {
    String query = request.getQueryString();
    String host = String.valueOf(request.getHeader("Host"));
    return new Key(tenantId, host, request.getRequestURI() + (query == null ? "" : "?" + query));
  }
}
