package dev.penny.storefront.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/** How the store router tells a machine's request for paid content from a reader's page view. */
public final class PaidContentRequest {

  /** Where the store router forwards a paid content item asked for as JSON. */
  public static final String PATH = "/store-actions/content";

  private PaidContentRequest() {}

  /**
   * JSON is wanted when the client asks for it and not for HTML, or sends a payment (a browser's
   * page view never does either).
   */
  public static boolean wantsJson(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    boolean json = accept != null && accept.contains("application/json");
    boolean html = accept != null && accept.contains("text/html");
    return (json && !html)
        || request.getHeader("PAYMENT-SIGNATURE") != null
        || paymentCredential(request.getHeader("Authorization"))
        || request.getHeader("crawler-max-price") != null
        || request.getHeader("crawler-exact-price") != null;
  }

  /** An {@code Authorization: Payment ...} credential (the IETF "Payment" scheme). */
  private static boolean paymentCredential(String authorization) {
    return authorization != null && authorization.regionMatches(true, 0, "Payment ", 0, 8);
  }

  /** Whether the request carries a session (a signed-in reader may have unlocked the body). */
  public static boolean hasSession(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return false;
    }
    for (Cookie cookie : cookies) {
      if ("JSESSIONID".equalsIgnoreCase(cookie.getName())) {
        return true;
      }
    }
    return false;
  }
}
