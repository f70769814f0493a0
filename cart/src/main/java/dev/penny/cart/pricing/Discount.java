package dev.penny.cart.pricing;

import dev.penny.money.Money;
import java.math.RoundingMode;

/**
 * What a coupon takes off a subtotal: a share of it, or a fixed amount. Never more than the
 * subtotal, so a cart never costs less than its shipping and tax.
 */
public sealed interface Discount {

  Money off(Money subtotal);

  /**
   * A percentage in parts per million ({@code 100_000} is 10 %), rounded down to whole minor units
   * (an order is paid by card, in cents): the shopper never gets more off than the percentage.
   */
  record Percent(int ppm) implements Discount {
    public Percent {
      if (ppm <= 0 || ppm > 1_000_000) {
        throw new IllegalArgumentException("A percentage is above 0 and at most 100 %");
      }
    }

    @Override
    public Money off(Money subtotal) {
      return subtotal.timesPartsPerMillionInMinorUnits(ppm, RoundingMode.DOWN);
    }
  }

  /** A fixed amount, in the store's currency. */
  record Amount(Money amount) implements Discount {
    public Amount {
      if (!amount.isPositive()) {
        throw new IllegalArgumentException("A discount amount is positive");
      }
    }

    @Override
    public Money off(Money subtotal) {
      return amount.compareTo(subtotal) > 0 ? subtotal : amount;
    }
  }
}
