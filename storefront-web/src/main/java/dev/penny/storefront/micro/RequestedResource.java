package dev.penny.storefront.micro;

import dev.penny.platform.tenancy.PublicAddress;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a machine client asked for a paid item at, as it asked it (path and query), on
 * Penny's public origin: the resource its payment is bound to. Clients of the 402 protocols compare
 * the requirement's resource with the address they fetched (mppx refuses to pay when they differ),
 * so {@code /s/books/a/12-some-title?ref=feed} is named as such, not as {@code /s/books/a/12}. An
 * address too long for the payment headers, or with characters a client would have encoded, is
 * named by the item's own address instead.
 */
public final class RequestedResource {

  /** Longer asked-for addresses are named by the item's own address. */
  static final int MAX_LENGTH = 1_000;

  private RequestedResource() {}

  /**
   * The resource for {@code request}, which may have been forwarded to the paid-content servlet;
   * {@code itemPath} (with the context path) when the address asked for cannot be used.
   */
  public static String of(PublicAddress addresses, HttpServletRequest request, String itemPath) {
    Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    String path = forwarded != null ? forwarded.toString() : request.getRequestURI();
    Object query =
        forwarded != null
            ? request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)
            : request.getQueryString();
    String asked = query == null || query.toString().isEmpty() ? path : path + "?" + query;
    return usable(asked) ? addresses.of(asked) : addresses.of(itemPath);
  }

  static boolean usable(String asked) {
    if (asked == null || asked.isEmpty() || asked.length() > MAX_LENGTH || asked.charAt(0) != '/') {
      return false;
    }
    for (int i = 0; i < asked.length(); i++) {
      char c = asked.charAt(i);
      if (c <= ' ' || c >= 0x7f || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }
}
