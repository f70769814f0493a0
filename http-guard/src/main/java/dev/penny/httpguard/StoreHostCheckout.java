package dev.penny.httpguard;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A store on its own host name ({@code demo-books.localhost}) has its checkout at {@code
 * /checkout}, the path where the launcher's server also deploys the checkout zone's war. Payara
 * maps a request to a war by path alone, so without this a shopper's "Checkout" on a store host
 * reached the zone (which serves its pages on its own host only) and got a 404.
 *
 * <p>On a store host, {@code /checkout} and everything below it belong to the store: the request is
 * handed to the storefront under the store's path ({@code /s/demo-books/checkout/place}), which
 * routes it exactly as the same address on the store's host (the storefront keeps host-style links
 * for a store host). The zone is not reachable on a store's host at all, its server-to-server API
 * included; on the platform's host, the zone's host and any other host nothing changes.
 */
final class StoreHostCheckout {

  private static final String CHECKOUT = "/checkout";
  private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

  private final String platformDomain;
  private final Optional<String> zoneUrl;
  private final String storeSuffix;
  private final Optional<String> zoneHost;

  /**
   * @param platformDomain the domain stores get a subdomain of ({@code localhost})
   * @param zoneUrl the checkout zone's origin, if known: its host is never a store's
   */
  StoreHostCheckout(String platformDomain, Optional<String> zoneUrl) {
    this.platformDomain = platformDomain;
    this.zoneUrl = zoneUrl;
    this.storeSuffix = "." + platformDomain.toLowerCase(Locale.ROOT);
    this.zoneHost = zoneUrl.flatMap(StoreHostCheckout::hostOf);
  }

  private static volatile StoreHostCheckout current;

  /**
   * From the settings the storefront and the zone read ({@code penny.platform-domain}, {@code
   * penny.checkout.url}), as they are now: the launcher boots Payara before it sets the zone's
   * address, so they are read at each request (two property look-ups) and the routes rebuilt when
   * they change.
   */
  static StoreHostCheckout fromSettings() {
    String domain =
        Optional.ofNullable(System.getProperty("penny.platform-domain"))
            .or(() -> Optional.ofNullable(System.getenv("PENNY_PLATFORM_DOMAIN")))
            .filter(d -> !d.isBlank())
            .orElse("localhost")
            .strip();
    Optional<String> zone =
        Optional.ofNullable(System.getProperty("penny.checkout.url"))
            .or(() -> Optional.ofNullable(System.getenv("PENNY_CHECKOUT_URL")));
    StoreHostCheckout routes = current;
    if (routes == null || !routes.platformDomain.equals(domain) || !routes.zoneUrl.equals(zone)) {
      routes = new StoreHostCheckout(domain, zone);
      current = routes;
    }
    return routes;
  }

  /**
   * The path the storefront is to see for a request on a store's host, or empty when the request is
   * not a store host's checkout.
   *
   * @param host the request's one {@code Host} header (already checked to be well formed)
   * @param rawPath the request's path as sent, without the query
   */
  Optional<String> route(String host, String rawPath) {
    if (!(rawPath.equals(CHECKOUT) || rawPath.startsWith(CHECKOUT + "/"))) {
      return Optional.empty();
    }
    return storeOf(host).map(slug -> "/s/" + slug + rawPath);
  }

  private Optional<String> storeOf(String hostHeader) {
    String host = hostHeader.strip().toLowerCase(Locale.ROOT);
    if (host.startsWith("[")) {
      return Optional.empty();
    }
    int colon = host.lastIndexOf(':');
    // Read as the storefront's TenantRouting reads it (a trailing dot names no store).
    String name = colon >= 0 ? host.substring(0, colon) : host;
    if (!name.endsWith(storeSuffix) || zoneHost.filter(name::equals).isPresent()) {
      return Optional.empty();
    }
    String label = name.substring(0, name.length() - storeSuffix.length());
    if (label.equals("www") || !LABEL.matcher(label).matches()) {
      return Optional.empty();
    }
    return Optional.of(label);
  }

  private static Optional<String> hostOf(String url) {
    try {
      return Optional.ofNullable(URI.create(url.strip()).getHost())
          .map(h -> h.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
