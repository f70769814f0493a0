package dev.penny.payments.wallet;

import dev.penny.money.Money;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.problem.InvalidInputException;
import dev.penny.platform.store.TopUpRange;
import java.util.List;

/**
 * A top-up is a store's preset or a custom amount in the {@link TopUpRange} (5.00 to 500.00 in a
 * currency with cents), in whole minor units.
 */
public final class TopUpAmounts {

  private TopUpAmounts() {}

  public static Money check(Money amount, List<Money> presets) {
    if (presets.contains(amount)) {
      return amount;
    }
    if (!TopUpRange.allows(amount)) {
      throw new InvalidInputException(
          ErrorCode.INVALID_AMOUNT,
          List.of("A top-up is " + TopUpRange.describe(amount.currency()) + "."));
    }
    return amount;
  }
}
