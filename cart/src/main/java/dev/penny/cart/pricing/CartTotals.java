package dev.penny.cart.pricing;

import dev.penny.money.Money;
import java.math.RoundingMode;

/**
 * What a cart costs. {@code total = subtotal - discount + shipping + tax}, exactly: every amount is
 * in micro-units and only the tax is rounded (once, to a micro-unit).
 */
public record CartTotals(Money subtotal, Money discount, Money shipping, Money tax, Money total) {

  /**
   * What a card is charged for the total: whole minor units, rounded half up once (a total of
   * sub-cent prices, 21.709, is charged 21.71). The order records both; the pages show this amount
   * beside the total whenever the two differ, before the order is placed.
   */
  public Money charged() {
    return total.timesPartsPerMillionInMinorUnits(1_000_000, RoundingMode.HALF_UP);
  }

  /** True when the card is charged other than the total (the total has sub-cent digits). */
  public boolean roundedForCard() {
    return !charged().equals(total);
  }
}
