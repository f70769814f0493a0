package dev.penny.admin.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages of a store's admin, by the path below {@code /admin/{slug}}: the Faces view that
 * renders each, with the id the path carries. Anything else is not found.
 */
public final class AdminPath {

  private static final Pattern WITH_ID =
      Pattern.compile("/(products|content)/([1-9][0-9]{0,17})/?");

  private AdminPath() {}

  /** A view, and the id of the product or content item it edits, if any. */
  public record View(String viewPath, Optional<String> id) {
    public String target() {
      return id.map(i -> viewPath + "?id=" + i).orElse(viewPath);
    }
  }

  public static Optional<View> resolve(String page) {
    String p =
        page.length() > 1 && page.endsWith("/") ? page.substring(0, page.length() - 1) : page;
    String simple =
        switch (p) {
          case "/", "" -> "dashboard";
          case "/settings" -> "settings";
          case "/products" -> "products";
          case "/products/new" -> "product";
          case "/categories" -> "categories";
          case "/content" -> "content-items";
          case "/content/new" -> "content-item";
          case "/staff" -> "staff";
          case "/api-keys" -> "api-keys";
          default -> null;
        };
    if (simple != null) {
      return Optional.of(new View("/admin-views/" + simple + ".xhtml", Optional.empty()));
    }
    Matcher m = WITH_ID.matcher(page);
    if (m.matches()) {
      String view = m.group(1).equals("products") ? "product" : "content-item";
      return Optional.of(new View("/admin-views/" + view + ".xhtml", Optional.of(m.group(2))));
    }
    return Optional.empty();
  }
}
