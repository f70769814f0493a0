package dev.penny.platform.catalog;

import dev.penny.money.Money;

/**
 * A variant as a cart or an order sees it: what it is, what it costs now, how many are in stock,
 * and whether the store still sells it (its product is active).
 */
public record SaleItem(
    long variantId,
    long productId,
    String productName,
    String variantName,
    String sku,
    Money price,
    int stock,
    ProductKind kind,
    boolean active) {

  public boolean physical() {
    return kind == ProductKind.PHYSICAL;
  }

  /** How many can be bought: the stock of a physical good; digital goods never run out. */
  public int available() {
    return physical() ? Math.max(stock, 0) : Integer.MAX_VALUE;
  }
}
