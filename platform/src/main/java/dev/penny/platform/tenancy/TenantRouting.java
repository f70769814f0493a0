package dev.penny.platform.tenancy;

import java.util.Locale;
import java.util.Optional;

/**
 * Reads the store a request addresses from its host ({@code demo-books.localhost}) or its path
 * ({@code /s/demo-books/...}, {@code /api/v1/stores/demo-books/...}). A pure function: the web
 * layer calls it once per request and turns the answer into the request's tenant context.
 *
 * <p>It only reads the request: whether the store exists, and whether it is open, is the caller's
 * lookup. A host that names one store and a path that names another is a contradiction, answered as
 * {@link Result.Invalid}, never as either store.
 */
public final class TenantRouting {

  public static final String STORE_PATH_PREFIX = "/s/";
  public static final String API_STORES_PREFIX = "/api/v1/stores/";

  private final String platformDomain;

  /**
   * @param platformDomain the domain under which stores get a subdomain, e.g. {@code localhost} for
   *     {@code demo-books.localhost}
   */
  public TenantRouting(String platformDomain) {
    this.platformDomain = platformDomain.toLowerCase(Locale.ROOT);
  }

  public Result route(String hostHeader, String path) {
    String safePath = path == null || path.isEmpty() ? "/" : path;
    Optional<String> hostSlug = slugFromHost(hostHeader);
    if (hostSlug.isPresent() && hostSlug.get().isEmpty()) {
      return new Result.Invalid();
    }

    PathMatch pathMatch = slugFromPath(safePath);
    if (pathMatch instanceof PathMatch.Malformed) {
      return new Result.Invalid();
    }
    if (pathMatch instanceof PathMatch.Store store) {
      if (hostSlug.isPresent() && !hostSlug.get().equals(store.slug())) {
        return new Result.Invalid();
      }
      // The store's path on its own host (/s/demo-books/... at demo-books.localhost, which is
      // also where the request guard hands a store host's /checkout) links as the host does.
      String base = hostSlug.isPresent() ? "" : store.base();
      return new Result.Store(
          new TenantRoute(
              store.slug(),
              store.rest(),
              base,
              // The API names its store in the path, without a base path for links; it is on the
              // store's host only when the request came there.
              hostSlug.isPresent()));
    }
    if (hostSlug.isPresent()) {
      return new Result.Store(new TenantRoute(hostSlug.get(), safePath, ""));
    }
    return new Result.Platform();
  }

  /**
   * Empty when the host is the platform itself; an empty string inside when the host is under the
   * platform domain but is no valid slug.
   */
  private Optional<String> slugFromHost(String hostHeader) {
    if (hostHeader == null || hostHeader.isBlank()) {
      return Optional.empty();
    }
    String host = hostHeader.strip().toLowerCase(Locale.ROOT);
    if (host.startsWith("[")) {
      return Optional.empty();
    }
    int colon = host.lastIndexOf(':');
    if (colon >= 0) {
      host = host.substring(0, colon);
    }
    String suffix = "." + platformDomain;
    if (!host.endsWith(suffix)) {
      return Optional.empty();
    }
    String label = host.substring(0, host.length() - suffix.length());
    if (label.equals("www")) {
      return Optional.empty();
    }
    return Optional.of(TenantSlug.isWellFormed(label) ? label : "");
  }

  private static PathMatch slugFromPath(String path) {
    for (String prefix : new String[] {STORE_PATH_PREFIX, API_STORES_PREFIX}) {
      if (path.startsWith(prefix)) {
        int end = path.indexOf('/', prefix.length());
        String slug =
            end < 0 ? path.substring(prefix.length()) : path.substring(prefix.length(), end);
        if (!TenantSlug.isWellFormed(slug)) {
          return new PathMatch.Malformed();
        }
        String rest = end < 0 ? "/" : path.substring(end);
        String base = prefix.equals(STORE_PATH_PREFIX) ? STORE_PATH_PREFIX + slug : "";
        if (prefix.equals(API_STORES_PREFIX)) {
          rest = path;
        }
        return new PathMatch.Store(slug, rest, base);
      }
    }
    if (path.equals("/s") || path.equals("/s/")) {
      return new PathMatch.Malformed();
    }
    return new PathMatch.None();
  }

  private sealed interface PathMatch {
    record Store(String slug, String rest, String base) implements PathMatch {}

    record Malformed() implements PathMatch {}

    record None() implements PathMatch {}
  }

  /** What a request addresses. */
  public sealed interface Result {
    /** A store, by host or path; whether it exists is still to be checked. */
    record Store(TenantRoute route) implements Result {}

    /** The platform itself (health, API root, the platform landing page). */
    record Platform() implements Result {}

    /** A malformed or contradictory store address: answered 404 without a lookup. */
    record Invalid() implements Result {}
  }
}
