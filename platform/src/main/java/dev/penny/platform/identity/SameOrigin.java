package dev.penny.platform.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Whether a form post came from a page of the same origin. The cart's forms sit on cached pages
 * shared by every visitor, so they cannot carry a per-visitor token; instead the browser's own
 * statement of where the post came from is checked ({@code Sec-Fetch-Site}, else {@code Origin}),
 * on top of the SameSite cookies, which a cross-site post does not carry. The tenant admin checks
 * it too, beside its forms' view state.
 */
public final class SameOrigin {

  private SameOrigin() {}

  public static boolean check(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null) {
      return site.equals("same-origin") || site.equals("none");
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      // Browsers without Fetch Metadata that send no Origin on a post (old ones) and non-browser
      // clients: they carry no victim's cookies across sites, so there is nothing to forge. A
      // Referer that names another site is believed, though: such a post came from there.
      String referer = request.getHeader("Referer");
      return referer == null || referer.isBlank() || sameHost(referer, request);
    }
    return sameHost(origin, request);
  }

  /** Whether the address's host and port are the request's {@code Host}. */
  private static boolean sameHost(String address, HttpServletRequest request) {
    try {
      URI uri = new URI(address.strip());
      String host = request.getHeader("Host");
      if (uri.getHost() == null || host == null) {
        return false;
      }
      String originHost = uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
      return originHost.toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT))
          || (uri.getPort() == -1 && host.toLowerCase(Locale.ROOT).equals(uri.getHost() + ":80"));
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
