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
  public record VariantDraft(Optional<Long> id, String sku, String name, Money price, int stock) {}
}
