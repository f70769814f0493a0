package dev.penny.storefront.shopping;

import java.util.Map;
import java.util.Optional;

/**
 * What the cart page says after an action, by the fixed key the action redirected with. The page
 * never echoes text from the address, so a link cannot make it say anything else.
 */
final class CartMessages {

  private static final Map<String, String> NOTICES =
      Map.of(
          "added", "Added to your cart.",
          "capped", "Not that many are available: your cart holds as many as there are.",
          "updated", "Your cart was updated.",
          "removed", "The item was removed from your cart.",
          "coupon-applied", "The coupon was applied.",
          "coupon-removed", "The coupon was removed.",
          "shipping-chosen", "Shipping method chosen.");

  private static final Map<String, String> PROBLEMS =
      Map.ofEntries(
          Map.entry("invalid_quantity", "A quantity is a whole number from 1 to 99."),
          Map.entry("product_not_found", "That product is not sold in this store."),
          Map.entry("out_of_stock", "That item is out of stock."),
          Map.entry("cart_line_not_found", "That item is no longer in your cart."),
          Map.entry("cart_empty", "Your cart is empty."),
          Map.entry("unknown_coupon", "That coupon code is not valid in this store."),
          Map.entry("coupon_expired", "That coupon has expired."),
          Map.entry("coupon_used_up", "That coupon has been used as often as it can be."),
          Map.entry("coupon_minimum_not_met", "Your subtotal is below that coupon's minimum."),
          Map.entry("not_found", "That shipping method is not offered by this store."),
          Map.entry("invalid_input", "That could not be done; please check what you entered."));

  private CartMessages() {}

  static Optional<String> notice(String key) {
    return Optional.ofNullable(key).map(NOTICES::get);
  }

  static Optional<String> problem(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return Optional.of(PROBLEMS.getOrDefault(code, "That could not be done."));
  }
}
