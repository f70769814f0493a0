package dev.penny.storefront.shopping;

import dev.penny.platform.problem.ErrorCode;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * What the cart page says after an action, by the fixed key the action redirected with. The page
 * never echoes text from the address, so a link cannot make it say anything else.
 */
final class CartMessages {

  private static final Map<String, String> NOTICES =
      Map.of(
          "added",
          "Added to your cart.",
          "capped",
          "Not that many are available: your cart holds as many as there are.",
          "updated",
          "Your cart was updated.",
          "removed",
          "The item was removed from your cart.",
          "coupon-applied",
          "The coupon was applied.",
          "coupon-removed",
          "The coupon was removed.",
          "shipping-chosen",
          "Shipping method chosen.",
          "merge-shortened",
          "Your cart from before you signed in was added to this one, but not all of it fit: a"
              + " line holds as many as are in stock and at most 99, a cart at most 50"
              + " different items.");

  private static final Map<ErrorCode, String> PROBLEMS =
      Map.ofEntries(
          Map.entry(ErrorCode.INVALID_QUANTITY, "A quantity is a whole number from 1 to 99."),
          Map.entry(
              ErrorCode.CART_FULL,
              "Your cart holds 50 different items, as many as a cart may: check out or remove one"
                  + " first."),
          Map.entry(ErrorCode.PRODUCT_NOT_FOUND, "That product is not sold in this store."),
          Map.entry(ErrorCode.OUT_OF_STOCK, "That item is out of stock."),
          Map.entry(ErrorCode.CART_LINE_NOT_FOUND, "That item is no longer in your cart."),
          Map.entry(ErrorCode.CART_EMPTY, "Your cart is empty."),
          Map.entry(ErrorCode.UNKNOWN_COUPON, "That coupon code is not valid in this store."),
          Map.entry(ErrorCode.COUPON_EXPIRED, "That coupon has expired."),
          Map.entry(ErrorCode.COUPON_USED_UP, "That coupon has been used as often as it can be."),
          Map.entry(
              ErrorCode.COUPON_MINIMUM_NOT_MET, "Your subtotal is below that coupon's minimum."),
          Map.entry(ErrorCode.NOT_FOUND, "That shipping method is not offered by this store."),
          Map.entry(
              ErrorCode.INVALID_INPUT, "That could not be done; please check what you entered."));

  private CartMessages() {}

  static Optional<String> notice(String key) {
    return Optional.ofNullable(key).map(NOTICES::get);
  }

  static Optional<String> problem(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return Optional.of(
        Arrays.stream(ErrorCode.values())
            .filter(c -> c.code().equals(code))
            .findFirst()
            .map(PROBLEMS::get)
            .orElse("That could not be done."));
  }
}
