package dev.penny.tests.stack;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variant ids of a demo store's SKUs, read from its product pages as a shopper's browser sees
 * them (the add-to-cart form names each variant by id, with its SKU beside it).
 */
public final class DemoVariants {

  private static final Pattern VARIANT = Pattern.compile("value=\"(\\d+)\" data-sku=\"([^\"]+)\"");
  private static final Pattern PRODUCT_LINK = Pattern.compile("href=\"/s/[a-z0-9-]+/p/(\\d+)\"");
  private static final Pattern CATEGORY_LINK =
      Pattern.compile("href=\"/s/[a-z0-9-]+/c/([a-z0-9-]+)\"");
  private static final Map<String, Map<String, Long>> BY_STORE = new ConcurrentHashMap<>();

  private DemoVariants() {}

  /** The id of {@code sku}'s variant in demo store {@code slug}. */
  public static long id(String slug, String sku) {
    Long id = BY_STORE.computeIfAbsent(slug, DemoVariants::read).get(sku);
    if (id == null) {
      throw new IllegalArgumentException("No buyable variant " + sku + " in " + slug);
    }
    return id;
  }

  private static Map<String, Long> read(String slug) {
    Map<String, Long> ids = new HashMap<>();
    java.util.Set<String> products = new java.util.TreeSet<>();
    String home = Http.get("/s/" + slug + "/").body();
    java.util.List<String> pages = new java.util.ArrayList<>(java.util.List.of(home));
    Matcher categories = CATEGORY_LINK.matcher(home);
    while (categories.find()) {
      pages.add(Http.get("/s/" + slug + "/c/" + categories.group(1)).body());
    }
    for (String page : pages) {
      Matcher links = PRODUCT_LINK.matcher(page);
      while (links.find()) {
        products.add(links.group(1));
      }
    }
    for (String product : products) {
      Matcher m = VARIANT.matcher(Http.get("/s/" + slug + "/p/" + product).body());
      while (m.find()) {
        ids.put(m.group(2), Long.parseLong(m.group(1)));
      }
    }
    return ids;
  }
}
