package dev.penny.cart.cart;

import java.util.Optional;

/**
 * What a change to a cart did, for the shopper: a notice when it did less than asked (only so many
 * left, so the quantity was capped).
 */
public record CartChange(Optional<String> notice) {

  static CartChange done() {
    return new CartChange(Optional.empty());
  }

  static CartChange capped(int quantity) {
    return new CartChange(
        Optional.of(
            "Only "
                + quantity
                + (quantity == 1 ? " is" : " are")
                + " available; your cart holds "
                + quantity
                + "."));
  }
}
