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
    for (int i = 0; i < array.size(); i++) {
      if (!(array.get(i) instanceof JsonObject variant)) {
        throw new ApiRequestException(ErrorCode.INVALID_PRODUCT, "Each variant is an object");
      }
      unknownFields(variant, VARIANT_FIELDS, "variant ");
      String at = "variants[" + i + "].";
      rows.add(
          new ProductInput.VariantInput(
              Optional.empty(),
              string(variant, "sku", at),
              variant.containsKey("name") ? string(variant, "name", at) : "Standard",
              string(variant, "price", at),
              wholeNumber(variant, "stock", at)));
    }
    String kind = string(json, "kind", "");
    return new ProductInput(
        string(json, "name", ""),
        string(json, "slug", ""),
        string(json, "summary", ""),
        string(json, "description", ""),
        kind == null ? "PHYSICAL" : kind.toUpperCase(Locale.ROOT),
        wholeNumber(json, "category_id", ""),
        bool(json, "featured"),
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

  /** A string field, or null when absent or null; anything else is refused, naming the field. */
  private static String string(JsonObject json, String name, String at) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonString s) {
      return s.getString();
    }
    String hint = name.equals("price") ? " such as \"12.50\" (exact decimals, never a float)" : "";
    throw new ApiRequestException(
        ErrorCode.INVALID_PRODUCT, "'" + at + name + "' must be a string" + hint);
  }

  /** A whole-number field as text, or null when absent or null; a string or fraction is refused. */
  private static String wholeNumber(JsonObject json, String name, String at) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonNumber n && n.isIntegral()) {
      return n.bigIntegerValue().toString();
    }
    throw new ApiRequestException(
        ErrorCode.INVALID_PRODUCT, "'" + at + name + "' must be a whole number");
  }

  private static boolean bool(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL || value == JsonValue.FALSE) {
      return false;
    }
    if (value == JsonValue.TRUE) {
      return true;
    }
    throw new ApiRequestException(
        ErrorCode.INVALID_PRODUCT, "'" + name + "' must be true or false");
  }
}
