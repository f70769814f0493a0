package dev.penny.payments.wallet;

import dev.penny.money.Money;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.problem.InvalidInputException;
import java.util.List;

/** A top-up is a store's preset or a custom amount from 5.00 to 500.00, in whole cents. */
public final class TopUpAmounts {

  static final long MIN_MICROS = 5_000_000L;
  static final long MAX_MICROS = 500_000_000L;

  private TopUpAmounts() {}

  public static Money check(Money amount, List<Money> presets) {
    if (presets.contains(amount)) {
      return amount;
    }
    if (amount.micros() < MIN_MICROS
        || amount.micros() > MAX_MICROS
        || !amount.toMinorUnitsRoundingDown().remainder().isZero()) {
      throw new InvalidInputException(
          ErrorCode.INVALID_AMOUNT, List.of("A top-up is from 5.00 to 500.00, in whole cents."));
    }
    return amount;
  }
}
