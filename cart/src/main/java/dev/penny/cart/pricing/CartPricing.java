package dev.penny.cart.pricing;

import dev.penny.money.Money;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Prices a cart: the subtotal of its lines, the coupon's discount on it, shipping, then the store's
 * tax on what is left plus shipping (tax is charged on what the shopper pays for, after the
 * discount). Tax and a percentage discount are amounts of their own, computed once from the exact
 * product and rounded to whole minor units (tax half up, discount down), as an invoice states them;
 * prices and their sums are never rounded, so a cart of sub-cent items keeps its exact sum.
 */
public final class CartPricing {

  public static final int MAX_TAX_RATE_PPM = 1_000_000;

  private CartPricing() {}

  public static CartTotals price(
      Currency currency,
      List<LinePrice> lines,
      Optional<Discount> discount,
      Optional<Money> shipping,
      int taxRatePpm) {
    if (taxRatePpm < 0 || taxRatePpm > MAX_TAX_RATE_PPM) {
      throw new IllegalArgumentException("A tax rate is between 0 and 100 %");
    }
    Money subtotal = lines.stream().map(LinePrice::total).reduce(Money.zero(currency), Money::plus);
    Money off = discount.map(d -> d.off(subtotal)).orElse(Money.zero(currency));
    Money shippingPrice = shipping.orElse(Money.zero(currency));
    Money taxable = subtotal.minus(off).plus(shippingPrice);
    Money tax = taxable.timesPartsPerMillionInMinorUnits(taxRatePpm, RoundingMode.HALF_UP);
    return new CartTotals(subtotal, off, shippingPrice, tax, taxable.plus(tax));
  }
}
