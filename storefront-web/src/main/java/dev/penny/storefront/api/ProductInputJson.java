package dev.penny.storefront.api;

import dev.penny.storefront.admin.ProductForm;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * Reads a product from the API's JSON into the admin's product form, so that both paths share one
 * set of checks. Amounts are decimal strings ({@code "12.50"}), as the API writes them.
 */
final class ProductInputJson {

  private static final Set<String> FIELDS =
      Set.of(
          "name", "slug", "summary", "description", "kind", "category_id", "featured", "variants");
  private static final Set<String> VARIANT_FIELDS = Set.of("sku", "name", "price", "stock");

  private ProductInputJson() {}

  static ProductForm read(JsonObject json) {
    unknownFields(json, FIELDS, "");
    ProductForm form = new ProductForm();
    form.setName(text(json, "name"));
    form.setSlug(text(json, "slug"));
    form.setSummary(text(json, "summary"));
    form.setDescription(text(json, "description"));
    String kind = text(json, "kind");
    form.setKind(kind == null ? "PHYSICAL" : kind.toUpperCase(java.util.Locale.ROOT));
    form.setCategoryId(text(json, "category_id"));
    JsonValue featured = json.get("featured");
    form.setFeatured(featured == JsonValue.TRUE);
    JsonValue variants = json.get("variants");
    if (!(variants instanceof JsonArray array)) {
      throw ApiRequestException.badRequest("invalid_product", "'variants' must be an array");
    }
    for (JsonValue v : array) {
      if (!(v instanceof JsonObject variant)) {
        throw ApiRequestException.badRequest("invalid_product", "Each variant is an object");
      }
      unknownFields(variant, VARIANT_FIELDS, "variant ");
      ProductForm.VariantRow row = new ProductForm.VariantRow();
      row.setSku(text(variant, "sku"));
      row.setName(variant.containsKey("name") ? text(variant, "name") : "Standard");
      row.setPrice(text(variant, "price"));
      row.setStock(text(variant, "stock"));
      form.getVariants().add(row);
    }
    return form;
  }

  private static void unknownFields(JsonObject json, Set<String> known, String what) {
    for (String key : json.keySet()) {
      if (!known.contains(key)) {
        throw ApiRequestException.badRequest(
            "unknown_field",
            "Unknown " + what + "field '" + (key.length() > 40 ? key.substring(0, 40) : key) + "'");
      }
    }
  }

  /** A string or number field as text (numbers keep their exact decimal form), or null. */
  private static String text(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonString s) {
      return s.getString();
    }
    if (value instanceof JsonNumber n) {
      return n.bigDecimalValue().toPlainString();
    }
    throw ApiRequestException.badRequest(
        "invalid_product", "'" + name + "' must be a string or a number");
  }
}
