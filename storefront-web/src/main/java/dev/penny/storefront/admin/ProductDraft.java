package dev.penny.storefront.admin;

import dev.penny.platform.catalog.ProductKind;
import dev.penny.platform.money.Money;
import java.util.List;
import java.util.Optional;

/** A product as the admin form submits it, already checked field by field. */
record ProductDraft(
    String name,
    String slug,
    String summary,
    String description,
    ProductKind kind,
    Optional<Long> categoryId,
    boolean featured,
    List<VariantDraft> variants) {

  /** A variant row: an existing variant (with its id) or a new one. */
  record VariantDraft(Optional<Long> id, String sku, String name, Money price, int stock) {}
}
