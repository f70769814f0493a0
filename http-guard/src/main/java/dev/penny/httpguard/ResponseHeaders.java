package dev.penny.httpguard;

import java.util.Locale;
import java.util.Optional;

/** How the guard mends the headers of answers the container made itself. */
final class ResponseHeaders {

  private ResponseHeaders() {}

  /**
   * A redirect's {@code Location} as a path when it points at the very host the client named in its
   * {@code Host} header (the container builds such addresses from that header, whatever it says):
   * the same place for the client, and never an address a forged Host chose. Any other address
   * (Keycloak, the checkout zone, the configured public address on another host) stays.
   */
  static Optional<String> pathOf(String location, String host) {
    if (host == null || host.isBlank()) {
      return Optional.empty();
    }
    String lower = location.toLowerCase(Locale.ROOT);
    // Only the scheme is read without regard to case.
    int start;
    if (lower.startsWith("http://")) {
      start = 7;
    } else if (lower.startsWith("https://")) {
      start = 8;
    } else {
      return Optional.empty();
    }
    int slash = location.indexOf('/', start);
    String authority = slash < 0 ? location.substring(start) : location.substring(start, slash);
    if (!sameAuthority(authority, host.strip(), start == 8 ? 443 : 80)) {
      return Optional.empty();
    }
    String path = slash < 0 ? "/" : location.substring(slash);
    // "//evil.example" as a path would leave the host again.
    return Optional.of(path.startsWith("//") ? "/" + path.replaceAll("^/+", "") : path);
  }

  /**
   * Exactly the client's host (the container copies it as sent): a redirect from {@code
   * DEMO-BOOKS.localhost} to {@code demo-books.localhost} moves the browser and is kept.
   */
  private static boolean sameAuthority(String authority, String host, int defaultPort) {
    if (authority.equals(host)) {
      return true;
    }
    String port = ":" + defaultPort;
    return authority.equals(host + port) || (authority + port).equals(host);
  }
}
