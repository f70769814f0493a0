package dev.penny.platform.store;

import dev.penny.money.Money;
import java.util.Currency;

/**
 * What a wallet top-up may be, a store's preset or an amount the shopper types: 500 to 50,000 minor
 * units of the currency (5.00–500.00 USD or EUR, 500–50,000 JPY), in whole minor units, as a card
 * charges it. Below that the card fee eats the top-up; above it is not a wallet's business.
 */
public final class TopUpRange {

  static final long MIN_MINOR_UNITS = 500;
  static final long MAX_MINOR_UNITS = 50_000;

  private TopUpRange() {}

  public static Money min(Currency currency) {
    return Money.ofMinorUnits(MIN_MINOR_UNITS, currency);
  }

  public static Money max(Currency currency) {
    return Money.ofMinorUnits(MAX_MINOR_UNITS, currency);
  }

  /** Whether {@code amount} is a top-up: within the range, in whole minor units. */
  public static boolean allows(Money amount) {
    Currency currency = amount.currency();
    return amount.compareTo(min(currency)) >= 0
        && amount.compareTo(max(currency)) <= 0
        && amount.toMinorUnitsRoundingDown().remainder().isZero();
  }

  /** "from 5.00 to 500.00, in whole cents" (or "whole units" for a currency without cents). */
  public static String describe(Currency currency) {
    return "from "
        + min(currency).toPlainString()
        + " to "
        + max(currency).toPlainString()
        + ", in whole "
        + (currency.getDefaultFractionDigits() == 0 ? "units" : "cents");
  }
}
