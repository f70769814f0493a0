package dev.penny.storefront.api;

import dev.penny.platform.catalog.ProductInput;
import dev.penny.platform.problem.ErrorCode;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

  static ProductInput read(JsonObject json) {
    unknownFields(json, FIELDS, "");
    String kind = text(json, "kind");
    JsonValue variants = json.get("variants");
    if (!(variants instanceof JsonArray array)) {
      throw new ApiRequestException(ErrorCode.INVALID_PRODUCT, "'variants' must be an array");
    }
    if (array.size() > ProductInput.MAX_VARIANTS) {
      throw new ApiRequestException(
          ErrorCode.INVALID_PRODUCT,
          "A product has at most " + ProductInput.MAX_VARIANTS + " variants");
    }
    List<ProductInput.VariantInput> rows = new ArrayList<>();
    for (JsonValue v : array) {
      if (!(v instanceof JsonObject variant)) {
        throw new ApiRequestException(ErrorCode.INVALID_PRODUCT, "Each variant is an object");
      }
      unknownFields(variant, VARIANT_FIELDS, "variant ");
      rows.add(
          new ProductInput.VariantInput(
              Optional.empty(),
              text(variant, "sku"),
              variant.containsKey("name") ? text(variant, "name") : "Standard",
              text(variant, "price"),
              text(variant, "stock")));
    }
    return new ProductInput(
        text(json, "name"),
        text(json, "slug"),
        text(json, "summary"),
        text(json, "description"),
        kind == null ? "PHYSICAL" : kind.toUpperCase(Locale.ROOT),
        text(json, "category_id"),
        json.get("featured") == JsonValue.TRUE,
        rows);
  }

  private static void unknownFields(JsonObject json, Set<String> known, String what) {
    for (String key : json.keySet()) {
      if (!known.contains(key)) {
        throw new ApiRequestException(
            ErrorCode.UNKNOWN_FIELD,
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
    throw new ApiRequestException(
        ErrorCode.INVALID_PRODUCT, "'" + name + "' must be a string or a number");
  }
}
