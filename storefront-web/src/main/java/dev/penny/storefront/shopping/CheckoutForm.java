package dev.penny.storefront.shopping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a shopper typed at checkout and what was wrong with it, kept in their session for the one
 * page view after a refused post (post, redirect, get), so the form comes back filled in.
 */
public record CheckoutForm(Map<String, String> values, List<String> problems)
    implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String ATTRIBUTE = "penny.checkout.form";

  static final List<String> FIELDS =
      List.of("email", "name", "line1", "city", "postcode", "country");

  static CheckoutForm of(HttpServletRequest request, List<String> problems) {
    Map<String, String> values = new java.util.LinkedHashMap<>();
    for (String field : FIELDS) {
      String v = request.getParameter(field);
      if (v != null) {
        values.put(field, v.length() > 300 ? v.substring(0, 300) : v);
      }
    }
    return new CheckoutForm(Map.copyOf(values), List.copyOf(problems));
  }

  void keep(HttpServletRequest request) {
    request.getSession(true).setAttribute(ATTRIBUTE, this);
  }

  /** The form kept by the last refused post, once (it is removed as it is read). */
  static Optional<CheckoutForm> take(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Object form = session.getAttribute(ATTRIBUTE);
    session.removeAttribute(ATTRIBUTE);
    return form instanceof CheckoutForm f ? Optional.of(f) : Optional.empty();
  }

  public String value(String field) {
    return values.getOrDefault(field, "");
  }
}
