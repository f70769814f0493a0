package dev.penny.storefront.web;

import dev.penny.platform.catalog.PageCursor;
import java.util.Optional;
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

  /**
   * The keyset cursor of a list page: {@code ?after=id} or {@code ?before=id}, neither for the
   * first page; empty when a value is not a positive id or both are given.
   */
  static Optional<PageCursor> cursor() {
    String after = get("after");
    String before = get("before");
    if (after != null && before != null) {
      return Optional.empty();
    }
    if (after != null) {
      return id(after).stream().mapToObj(PageCursor::after).findFirst();
    }
    if (before != null) {
      return id(before).stream().mapToObj(PageCursor::before).findFirst();
    }
    return Optional.of(PageCursor.first());
  }
}
