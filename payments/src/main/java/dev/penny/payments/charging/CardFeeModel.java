package dev.penny.payments.charging;

import dev.penny.money.Money;
import java.math.RoundingMode;

/**
 * What a card charge costs in fees: a rate (parts per million of the amount) plus a fixed amount
 * per charge; by default 2.9 % + 0.30, as most card acquirers price. Fees are kept in micro-units
 * (rounded half-even to the micro-unit once, when the rate is applied); they are the platform's
 * cost, never charged to a card, so they are not rounded to cents.
 */
public record CardFeeModel(long ratePpm, Money fixed) {

  public CardFeeModel {
    if (ratePpm < 0 || fixed.isNegative()) {
      throw new IllegalArgumentException("A fee is not negative");
    }
  }

  public Money feeFor(Money charged) {
    return charged.timesPartsPerMillion(ratePpm, RoundingMode.HALF_EVEN).plus(fixed);
  }

  /**
   * What {@code count} sales adding up to {@code sum} would have cost in fees had each been its own
   * card charge: the rate on their sum and the fixed fee {@code count} times.
   */
  public Money standaloneFor(long count, Money sum) {
    return sum.timesPartsPerMillion(ratePpm, RoundingMode.HALF_EVEN).plus(fixed.times(count));
  }
}
