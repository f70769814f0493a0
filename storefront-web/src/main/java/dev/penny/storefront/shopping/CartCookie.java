package dev.penny.storefront.shopping;

import dev.penny.cart.cart.CartOwner;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * The guest cart's token in the browser: HttpOnly, SameSite=Lax (a cross-site post does not carry
 * it), Secure behind TLS, scoped to the store's base path (so each path-addressed store has its
 * own), kept for 30 days.
 */
final class CartCookie {

  static final String NAME = "penny_cart";
  private static final int MAX_AGE_SECONDS = (int) Duration.ofDays(30).toSeconds();

  private CartCookie() {}

  static Optional<CartOwner.Guest> read(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    for (Cookie cookie : cookies) {
      if (NAME.equals(cookie.getName())) {
        return CartOwner.guest(cookie.getValue());
      }
    }
    return Optional.empty();
  }

  static void write(
      HttpServletRequest request, HttpServletResponse response, String basePath, String token) {
    response.addCookie(cookie(request, basePath, token, MAX_AGE_SECONDS));
  }

  static void clear(HttpServletRequest request, HttpServletResponse response, String basePath) {
    response.addCookie(cookie(request, basePath, "", 0));
  }

  private static Cookie cookie(
      HttpServletRequest request, String basePath, String value, int maxAge) {
    Cookie cookie = new Cookie(NAME, value);
    cookie.setPath(basePath.isEmpty() ? "/" : basePath + "/");
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setMaxAge(maxAge);
    cookie.setAttribute("SameSite", "Lax");
    return cookie;
  }
}
