package dev.penny.storefront.api;

import dev.penny.money.Money;
import dev.penny.platform.json.Jsonp;
import dev.penny.storefront.catalog.CatalogViews.ImageView;
import dev.penny.storefront.catalog.CatalogViews.ProductDetail;
import dev.penny.storefront.catalog.CatalogViews.VariantView;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;

/** The API's JSON shape of products and amounts (snake_case, amounts as exact decimal text). */
final class ProductJson {

  private ProductJson() {}

  static JsonObject product(ProductDetail p, String storeBase) {
    JsonArrayBuilder variants = Jsonp.JSON.createArrayBuilder();
    for (VariantView v : p.variants()) {
      variants.add(
          Jsonp.JSON
              .createObjectBuilder()
              .add("id", v.id())
              .add("sku", v.sku())
              .add("name", v.name())
              .add("price", money(v.price()))
              .add("stock", v.stock())
              .add("stock_state", lower(v.stockState().name())));
    }
    JsonArrayBuilder images = Jsonp.JSON.createArrayBuilder();
    for (ImageView image : p.images()) {
      images.add(
          Jsonp.JSON.createObjectBuilder().add("url", image.url()).add("alt", image.altText()));
    }
    JsonObjectBuilder json =
        Jsonp.JSON
            .createObjectBuilder()
            .add("object", "product")
            .add("id", p.id())
            .add("slug", p.slug())
            .add("name", p.name())
            .add("summary", p.summary())
            .add("description", p.description())
            .add("kind", lower(p.kind().name()))
            .add("stock_state", lower(p.stockState().name()))
            .add("variants", variants)
            .add("images", images)
            .add("url", storeBase + "/p/" + p.id());
    p.category()
        .ifPresentOrElse(
            c ->
                json.add(
                    "category",
                    Jsonp.JSON.createObjectBuilder().add("slug", c.slug()).add("name", c.name())),
            () -> json.addNull("category"));
    return json.build();
  }

  static JsonObject money(Money money) {
    return Jsonp.JSON
        .createObjectBuilder()
        .add("amount", money.toPlainString())
        .add("currency", money.currency().getCurrencyCode())
        .add("micros", money.micros())
        .build();
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
