package dev.penny.platform.catalog;

import dev.penny.money.Money;
import java.util.List;
import java.util.Optional;

/** A product as the admin form submits it, already checked field by field. */
public record ProductDraft(
    String name,
    String slug,
    String summary,
    String description,
    ProductKind kind,
    Optional<Long> categoryId,
    boolean featured,
    List<VariantDraft> variants) {

  /** A variant row: an existing variant (with its id) or a new one. */
  /**
   * A variant line; {@code stockSeen} is the stock the editor's form was loaded with (empty from
   * the API, whose stock is set as sent).
   */
  public record VariantDraft(
      Optional<Long> id,
      String sku,
      String name,
      Money price,
      int stock,
      java.util.OptionalInt stockSeen) {

    public VariantDraft(Optional<Long> id, String sku, String name, Money price, int stock) {
      this(id, sku, name, price, stock, java.util.OptionalInt.empty());
    }
  }
}
