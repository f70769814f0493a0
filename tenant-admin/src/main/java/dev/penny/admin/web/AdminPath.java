package dev.penny.admin.web;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages of a store's admin, by the path below {@code /admin/{slug}}: the Faces view that
 * renders each, with the id the path carries. Anything else is not found.
 */
public final class AdminPath {

  private static final Pattern WITH_ID =
      Pattern.compile("/(products|content|orders)/([1-9][0-9]{0,17})/?");

  private static final Pattern MEDIA = Pattern.compile("/media/([1-9][0-9]{0,17})");
  private static final Pattern SETTLEMENT_CSV =
      Pattern.compile("/settlements/(stl_[0-9a-f]{22})\\.csv");
  private static final Pattern STORE_MEDIA =
      Pattern.compile("/s/([a-z0-9-]+)/media/([1-9][0-9]{0,17})");

  private AdminPath() {}

  /** The stored image {@code /media/{id}} names, for the admin (any image of the store). */
  /** The settlement whose CSV {@code page} asks for, if it is such an address. */
  public static Optional<String> settlementCsv(String page) {
    Matcher m = SETTLEMENT_CSV.matcher(page);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  public static OptionalLong mediaId(String page) {
    Matcher m = MEDIA.matcher(page);
    return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
  }

  /**
   * Where the admin shows an image: a store's own upload ({@code /s/{slug}/media/{id}}) at its
   * admin address, which serves it whatever its product's state; any other address as it is.
   */
  public static String imageAddress(String url) {
    Matcher m = STORE_MEDIA.matcher(url);
    return m.matches() ? "/admin/" + m.group(1) + "/media/" + m.group(2) : url;
  }

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
          case "/orders" -> "orders";
          case "/coupons" -> "coupons";
          case "/micropayments" -> "micropayments";
          case "/settlements" -> "settlements";
          case "/webhooks" -> "webhooks";
          default -> null;
        };
    if (simple != null) {
      return Optional.of(new View("/admin-views/" + simple + ".xhtml", Optional.empty()));
    }
    Matcher m = WITH_ID.matcher(page);
    if (m.matches()) {
      String view =
          switch (m.group(1)) {
            case "products" -> "product";
            case "orders" -> "order";
            default -> "content-item";
          };
      return Optional.of(new View("/admin-views/" + view + ".xhtml", Optional.of(m.group(2))));
    }
    return Optional.empty();
  }
}
