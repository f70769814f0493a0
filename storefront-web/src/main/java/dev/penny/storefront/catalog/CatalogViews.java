package dev.penny.storefront.catalog;

import dev.penny.money.Money;
import dev.penny.platform.catalog.Category;
import dev.penny.platform.catalog.ContentItem;
import dev.penny.platform.catalog.Product;
import dev.penny.platform.catalog.ProductImage;
import dev.penny.platform.catalog.ProductKind;
import dev.penny.platform.catalog.ProductSummary;
import dev.penny.platform.catalog.ProductVariant;
import dev.penny.platform.store.StoreSettings;
import dev.penny.platform.tenancy.ActiveTenant;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Immutable views of the catalog that pages and the API render. They are built inside a transaction
 * from entities and then cached; nothing lazy escapes.
 */
public final class CatalogViews {

  private CatalogViews() {}

  public record CategoryLink(long id, String slug, String name) {
    static CategoryLink of(Category c) {
      return new CategoryLink(c.id(), c.slug(), c.name());
    }
  }

  public record StoreView(
      ActiveTenant tenant,
      String displayName,
      String tagline,
      String logoUrl,
      String templateName,
      String primaryColour,
      String accentColour,
      List<CategoryLink> categories) {

    static StoreView of(
        ActiveTenant tenant, Optional<StoreSettings> settings, List<Category> categories) {
      List<CategoryLink> links = categories.stream().map(CategoryLink::of).toList();
      return settings
          .map(
              s ->
                  new StoreView(
                      tenant,
                      s.displayName(),
                      s.tagline().orElse(""),
                      s.logoUrl().orElse(""),
                      s.theme().templateName(),
                      s.primaryColour(),
                      s.accentColour(),
                      links))
          .orElseGet(
              () ->
                  new StoreView(
                      tenant, tenant.name(), "", "", "classic", "#1f2933", "#d9480f", links));
    }

    public Optional<CategoryLink> category(String slug) {
      return categories.stream().filter(c -> c.slug().equals(slug)).findFirst();
    }
  }

  public record ImageView(String url, String altText) {
    static ImageView of(ProductImage image) {
      return new ImageView(image.url(), image.altText());
    }
  }

  public record VariantView(
      long id, String sku, String name, Money price, int stock, StockState stockState) {
    public String stockLabel() {
      return stockState == StockState.LOW_STOCK ? "Only " + stock + " left" : stockState.label();
    }

    static VariantView of(ProductVariant v, ProductKind kind) {
      return new VariantView(
          v.id(), v.sku(), v.name(), v.price(), v.stock(), StockState.of(kind, v.stock()));
    }
  }

  /** A product in a list: the lowest price, whether anything is buyable, the first image. */
  public record ProductCard(
      long id,
      String slug,
      String name,
      String summary,
      ProductKind kind,
      Optional<Money> fromPrice,
      boolean hasPriceRange,
      StockState stockState,
      Optional<ImageView> image) {

    static ProductCard of(ProductSummary p) {
      StockState stock =
          p.hasVariants()
              ? StockState.of(p.kind(), p.mostStockOfAnyVariant())
              : StockState.SOLD_OUT;
      return new ProductCard(
          p.id(),
          p.slug(),
          p.name(),
          p.summary() == null ? "" : p.summary(),
          p.kind(),
          p.lowestPrice(),
          p.hasPriceRange(),
          stock,
          Optional.ofNullable(p.imageUrl()).map(url -> new ImageView(url, p.imageAlt())));
    }
  }

  public record ProductDetail(
      long id,
      String slug,
      String name,
      String summary,
      String description,
      ProductKind kind,
      Optional<CategoryLink> category,
      List<VariantView> variants,
      List<ImageView> images,
      StockState stockState) {

    static ProductDetail of(Product p) {
      List<VariantView> variants =
          p.variants().stream().map(v -> VariantView.of(v, p.kind())).toList();
      return new ProductDetail(
          p.id(),
          p.slug(),
          p.name(),
          p.summary().orElse(""),
          p.description().orElse(""),
          p.kind(),
          p.category().map(CategoryLink::of),
          variants,
          p.images().stream().map(ImageView::of).toList(),
          overallStock(variants));
    }
  }

  /** A content item as anyone may see it: the teaser and the price, never the body. */
  public record ContentTeaser(
      long id,
      String slug,
      String title,
      String teaser,
      Money unlockPrice,
      Optional<Duration> timePass,
      Instant publishedAt) {

    static ContentTeaser of(ContentItem c) {
      return new ContentTeaser(
          c.id(), c.slug(), c.title(), c.teaser(), c.unlockPrice(), c.timePass(), c.publishedAt());
    }
  }

  public record HomeView(List<ProductCard> featured, List<ContentTeaser> latestContent) {}

  /**
   * One keyset page of a category: its products in id order and the cursors of the pages around it
   * ({@code ?before=} the first product here, {@code ?after=} the last).
   */
  public record CategoryPage(
      CategoryLink category,
      List<ProductCard> products,
      OptionalLong previousBefore,
      OptionalLong nextAfter) {

    public boolean hasPrevious() {
      return previousBefore.isPresent();
    }

    public boolean hasNext() {
      return nextAfter.isPresent();
    }

    public long getPreviousBefore() {
      return previousBefore.orElse(0);
    }

    public long getNextAfter() {
      return nextAfter.orElse(0);
    }
  }

  public record SearchResults(
      String query, List<ProductCard> products, List<ContentTeaser> content) {
    public boolean isEmpty() {
      return products.isEmpty() && content.isEmpty();
    }
  }

  private static StockState overallStock(List<VariantView> variants) {
    if (variants.isEmpty()) {
      return StockState.SOLD_OUT;
    }
    if (variants.stream().anyMatch(v -> v.stockState() == StockState.AVAILABLE)) {
      return StockState.AVAILABLE;
    }
    if (variants.stream().anyMatch(v -> v.stockState() == StockState.IN_STOCK)) {
      return StockState.IN_STOCK;
    }
    if (variants.stream().anyMatch(v -> v.stockState() == StockState.LOW_STOCK)) {
      return StockState.LOW_STOCK;
    }
    return StockState.SOLD_OUT;
  }
}
