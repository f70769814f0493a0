package dev.penny.platform.catalog;

import dev.penny.money.Money;
import java.util.Currency;
import java.util.Optional;

/**
 * A product as lists show it, read in one query with its variants aggregated: lowest and highest
 * price, the most stock of any variant, and the first image.
 */
public record ProductSummary(
    Long id,
    String slug,
    String name,
    String summary,
    ProductKind kind,
    Long lowestPriceMicros,
    Long highestPriceMicros,
    Currency currency,
    Integer mostStock,
    String imageUrl,
    String imageAlt) {

  public Optional<Money> lowestPrice() {
    return lowestPriceMicros == null
        ? Optional.empty()
        : Optional.of(Money.ofMicros(lowestPriceMicros, currency));
  }

  public boolean hasPriceRange() {
    return lowestPriceMicros != null && !lowestPriceMicros.equals(highestPriceMicros);
  }

  public boolean hasVariants() {
    return lowestPriceMicros != null;
  }

  public int mostStockOfAnyVariant() {
    return mostStock == null ? 0 : mostStock;
  }
}
