package dev.penny.money;

import java.util.Currency;

/** Arithmetic or comparison across two currencies, which Penny never converts implicitly. */
public final class CurrencyMismatchException extends MoneyException {
  private static final long serialVersionUID = 1L;

  public CurrencyMismatchException(Currency expected, Currency actual) {
    super(
        Reason.CURRENCY_MISMATCH,
        "Expected an amount in "
            + expected.getCurrencyCode()
            + " but got "
            + actual.getCurrencyCode());
  }
}
