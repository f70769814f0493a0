package dev.penny.payments.settlement;

import dev.penny.money.Money;
import java.math.RoundingMode;

/**
 * The arithmetic of a settlement, exact to the micro-unit: net = gross − card fees − platform fee −
 * refunds; what is payable adds the previous settlement's carry; the payout is what is payable
 * rounded DOWN to whole minor units (nothing when it is negative) and the rest is carried on, so
 * payout + carried out = net + carried in, always.
 */
public record SettlementFigures(
    Money gross,
    Money cardFees,
    Money platformFee,
    Money refunds,
    Money net,
    Money carriedIn,
    Money payout,
    Money carriedOut) {

  public static SettlementFigures of(
      Money gross, Money cardFees, long platformFeePpm, Money refunds, Money carriedIn) {
    Money platformFee = gross.timesPartsPerMillion(platformFeePpm, RoundingMode.HALF_EVEN);
    Money net = gross.minus(cardFees).minus(platformFee).minus(refunds);
    Money payable = net.plus(carriedIn);
    Money payout =
        payable.isPositive()
            ? payable.toMinorUnitsRoundingDown().charged()
            : Money.zero(gross.currency());
    return new SettlementFigures(
        gross, cardFees, platformFee, refunds, net, carriedIn, payout, payable.minus(payout));
  }
}
