package dev.penny.cart.cart;

/**
 * What a change to a cart did: whether it did less than asked (only so many left, so the quantity
 * was capped at the stock), which the cart page then says.
 */
public record CartChange(boolean capped) {

  static CartChange done() {
    return new CartChange(false);
  }

  static CartChange cappedAtStock() {
    return new CartChange(true);
  }
}
