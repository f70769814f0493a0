package dev.penny.cart.cart;

import dev.penny.cart.pricing.CartTotals;
import dev.penny.money.Money;
import java.util.List;
import java.util.Optional;

/**
 * A cart as the shopper sees it, priced from the catalog now: its lines, the coupon (and why it
 * does not apply, if it does not), the shipping choice and the totals. Lines that can no longer be
 * bought (archived, out of stock) are shown but not counted.
 */
public record CartView(
    List<Item> items,
    Optional<String> couponCode,
    Optional<String> couponProblem,
    boolean needsShipping,
    List<ShippingOption> shippingOptions,
    Optional<ShippingOption> shipping,
    CartTotals totals) {

  /** One line: what, how many, at what price now, and whether it can still be bought. */
  public record Item(
      long lineId,
      long variantId,
      long productId,
      String productName,
      String variantName,
      String sku,
      Money unitPrice,
      int quantity,
      Money lineTotal,
      int availableQuantity,
      boolean available,
      boolean onSale,
      boolean physical) {}

  public record ShippingOption(long id, String name, Money price) {}

  public boolean isEmpty() {
    return items.isEmpty();
  }

  /**
   * What the shopper is shown, as one value: every line (item, quantity, price), the coupon, the
   * shipping choice and the total. The checkout page sends it back, so that an order is placed only
   * for the cart that was shown (another item of the same total, changed in another tab, is "Your
   * cart changed").
   */
  public String fingerprint() {
    StringBuilder text = new StringBuilder();
    items.stream()
        .sorted(java.util.Comparator.comparingLong(Item::variantId))
        .forEach(
            i ->
                text.append(i.variantId())
                    .append(':')
                    .append(i.quantity())
                    .append(':')
                    .append(i.unitPrice().micros())
                    .append(':')
                    .append(i.available())
                    .append(';'));
    text.append("coupon:").append(couponCode.orElse("")).append(';');
    text.append("shipping:")
        .append(shipping.map(s -> s.id() + ":" + s.price().micros()).orElse(""));
    text.append(";total:").append(totals.total().micros());
    return dev.penny.platform.crypto.Digests.sha256Hex(text.toString()).substring(0, 32);
  }

  /** How many items (quantities summed) the mini-cart shows. */
  public int itemCount() {
    return items.stream().mapToInt(Item::quantity).sum();
  }

  public boolean allAvailable() {
    return items.stream().allMatch(Item::available);
  }

  /** Ready to order: something to buy, all of it available, shipping chosen where needed. */
  public boolean readyForCheckout() {
    return !isEmpty() && allAvailable() && (!needsShipping || shipping.isPresent());
  }
}
