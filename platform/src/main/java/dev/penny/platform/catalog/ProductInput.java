package dev.penny.platform.catalog;

import dev.penny.platform.input.InputChecks;
import dev.penny.platform.problem.ErrorCode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * A product as a person typed it on the admin form or a program sent it to the API: text, not yet
 * checked. {@link #toDraft} applies the catalog's rules once, for both.
 */
public record ProductInput(
    String name,
    String slug,
    String summary,
    String description,
    String kind,
    String categoryId,
    boolean featured,
    List<VariantInput> variants) {

  /** The highest price of a variant: 1,000,000.00 in the store's currency. */
  public static final long MAX_PRICE_MICROS = 1_000_000_000_000L;

  /** At most this many variants in one product. */
  public static final int MAX_VARIANTS = 100;

  public ProductInput {
    variants = List.copyOf(variants);
  }

  /** A variant line; {@code id} is empty for a new variant. */
  public record VariantInput(
      Optional<Long> id,
      String sku,
      String name,
      String price,
      String stock,
      java.util.OptionalInt stockSeen) {

    public VariantInput(Optional<Long> id, String sku, String name, String price, String stock) {
      this(id, sku, name, price, stock, java.util.OptionalInt.empty());
    }

    boolean isBlank() {
      return id.isEmpty() && blank(sku) && blank(price) && blank(stock);
    }

    private static boolean blank(String s) {
      return s == null || s.isBlank();
    }
  }

  /**
   * The checked product, or an {@code InvalidInputException} with code {@code invalid_product}
   * listing every problem. A new product without a slug gets one made from its name.
   */
  public ProductDraft toDraft(Currency currency, boolean isNew) {
    InputChecks checks = new InputChecks();
    String n = checks.text(name, "The name", 160);
    String s = isNew ? checks.slugOrFrom(slug, name) : slug;
    String sum = checks.optionalText(summary, "The summary", 300);
    String desc = checks.optionalText(description, "The description", 20_000);
    ProductKind k = null;
    try {
      k = ProductKind.valueOf(kind == null ? "" : kind);
    } catch (IllegalArgumentException e) {
      checks.problem("Choose physical or digital.");
    }
    Optional<Long> category = checks.optionalId(categoryId, "The category");
    if (variants.size() > MAX_VARIANTS) {
      checks.problem("A product has at most " + MAX_VARIANTS + " variants.");
      checks.orThrow(ErrorCode.INVALID_PRODUCT);
    }
    List<ProductDraft.VariantDraft> rows = new ArrayList<>();
    int number = 0;
    for (VariantInput row : variants) {
      number++;
      if (row.isBlank()) {
        continue;
      }
      String label = "Variant " + number + ": ";
      String sku = checks.text(row.sku(), label + "the SKU", 64);
      String vname = checks.text(row.name(), label + "the option name", 120);
      var price = checks.amount(row.price(), currency, label + "the price", false);
      if (price != null && price.micros() > MAX_PRICE_MICROS) {
        // A cart of 50 lines of 99 at this price still sums within Money's range.
        checks.problem(label + "the price is at most 1000000.00.");
        price = null;
      }
      Integer stock = checks.count(row.stock(), label + "the stock", 1_000_000_000);
      if (sku != null && vname != null && price != null && stock != null) {
        rows.add(
            new ProductDraft.VariantDraft(row.id(), sku, vname, price, stock, row.stockSeen()));
      }
    }
    if (rows.isEmpty() && checks.ok()) {
      checks.problem("A product needs at least one variant with a SKU, price and stock.");
    }
    checks.orThrow(ErrorCode.INVALID_PRODUCT);
    return new ProductDraft(n, s, sum, desc, k, category, featured, rows);
  }
}
