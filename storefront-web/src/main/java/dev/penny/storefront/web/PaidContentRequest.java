package dev.penny.storefront.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** How the store router tells a machine's request for paid content from a reader's page view. */
public final class PaidContentRequest {

  /** Where the store router forwards a paid content item asked for as JSON. */
  public static final String PATH = "/store-actions/content";

  private PaidContentRequest() {}

  /**
   * JSON is wanted when the client prefers it to HTML (by {@code Accept}, media types compared
   * without regard to case, with their q-values: {@code application/json} above {@code text/html},
   * or named where HTML is not), or sends a payment (a browser's page view never does either). A
   * bare {@code *}{@code /*} is a browser's or a tool's default: the page.
   */
  public static boolean wantsJson(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return (accept != null && prefersJson(accept))
        || request.getHeader("PAYMENT-SIGNATURE") != null
        || paymentCredential(request.getHeader("Authorization"))
        || request.getHeader("crawler-max-price") != null
        || request.getHeader("crawler-exact-price") != null;
  }

  static boolean prefersJson(String accept) {
    double json = 0;
    double html = 0;
    for (String range : accept.split(",")) {
      String[] parts = range.split(";");
      String type = parts[0].strip().toLowerCase(Locale.ROOT);
      double q = 1;
      for (int i = 1; i < parts.length; i++) {
        String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
        if (parameter.startsWith("q=")) {
          try {
            q = Double.parseDouble(parameter.substring(2));
          } catch (NumberFormatException e) {
            q = 0;
          }
        }
      }
      if (type.equals("application/json") || type.equals("application/problem+json")) {
        json = Math.max(json, q);
      } else if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
        html = Math.max(html, q);
      }
    }
    return json > 0 && json > html;
  }

  /**
   * An {@code Authorization: Payment} credential (the IETF "Payment" scheme), or the scheme named
   * alone (answered with its challenge).
   */
  private static boolean paymentCredential(String authorization) {
    if (authorization == null) {
      return false;
    }
    String value = authorization.strip();
    return value.equalsIgnoreCase("Payment") || value.regionMatches(true, 0, "Payment ", 0, 8);
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
