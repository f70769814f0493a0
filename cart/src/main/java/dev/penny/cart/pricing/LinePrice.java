package dev.penny.cart.pricing;

import dev.penny.money.Money;

/** One line of a cart as pricing sees it: the catalog's current unit price and the quantity. */
public record LinePrice(Money unitPrice, int quantity) {

  public LinePrice {
    if (quantity <= 0) {
      throw new IllegalArgumentException("A line's quantity is positive: " + quantity);
    }
    if (unitPrice.isNegative()) {
      throw new IllegalArgumentException("A price cannot be negative");
    }
  }

  public Money total() {
    return unitPrice.times(quantity);
  }
}
