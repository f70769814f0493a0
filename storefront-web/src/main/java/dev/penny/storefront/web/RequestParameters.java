package dev.penny.storefront.web;

import java.util.OptionalInt;
import java.util.OptionalLong;

/** Strict parsing of the few numbers pages take from the URL; anything odd is empty. */
final class RequestParameters {

  private RequestParameters() {}

  /**
   * A parameter of the current Faces request. Read through Faces, not an injected {@code
   * HttpServletRequest}: CDI's request bean is the original request, without the parameters the
   * store router added when it forwarded to the view.
   */
  static String get(String name) {
    return jakarta.faces.context.FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get(name);
  }

  static OptionalLong id(String text) {
    if (text == null || !text.matches("[1-9][0-9]{0,17}")) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Long.parseLong(text));
  }

  /** A page number: absent means 1; malformed, zero or beyond 10,000 is empty. */
  static OptionalInt page(String text) {
    if (text == null || text.isEmpty()) {
      return OptionalInt.of(1);
    }
    if (!text.matches("[1-9][0-9]{0,3}")) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(text));
  }
}
