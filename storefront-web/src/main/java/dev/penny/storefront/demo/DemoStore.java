package dev.penny.storefront.demo;

import dev.penny.platform.catalog.ProductKind;
import dev.penny.platform.store.StoreTheme;
import java.util.List;

/** The content of a demo store, as plain data. */
public record DemoStore(
    String slug,
    String name,
    String tagline,
    String currency,
    StoreTheme theme,
    String primaryColour,
    String accentColour,
    int taxRatePpm,
    List<CategorySeed> categories,
    List<ProductSeed> products,
    List<ArticleSeed> articles,
    List<ShippingSeed> shipping,
    List<CouponSeed> coupons) {

  /** A shipping method at a flat price. */
  public record ShippingSeed(String name, String price) {}

  /** A percentage-off coupon without expiry or limit, for trying the cart. */
  public record CouponSeed(String code, int percent) {}

  public record CategorySeed(String slug, String name) {}

  public record VariantSeed(String sku, String name, String price, int stock) {}

  public record ProductSeed(
      String slug,
      String name,
      String summary,
      String description,
      ProductKind kind,
      String category,
      boolean featured,
      String image,
      List<VariantSeed> variants) {}

  /** An article; {@code timePassHours} 0 means the unlock is forever. */
  public record ArticleSeed(
      String slug, String title, String teaser, String body, String price, int timePassHours) {}
}
