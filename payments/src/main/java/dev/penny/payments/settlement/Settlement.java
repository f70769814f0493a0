package dev.penny.payments.settlement;

import dev.penny.money.Money;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A store's settlement for one (UTC) day: what it sold (paid from wallets that day, and collected
 * from tabs by the card charges of that day), the card fees allocated to it, the platform's fee,
 * refunds, the net, and the payout in whole minor units (what is below one stays with the store and
 * is carried into the next settlement). {@code standaloneFees} is what its sales would have paid in
 * card fees as separate card payments; {@link #saved()} is what batching saved it.
 */
public record Settlement(
    String id,
    long tenantId,
    LocalDate day,
    Money wallet,
    Money tab,
    Money gross,
    Money cardFees,
    Money platformFee,
    Money refunds,
    Money net,
    Money carriedIn,
    Money payout,
    Money carriedOut,
    Money standaloneFees,
    int lines,
    int cardCharges,
    Instant createdAt) {

  public Money saved() {
    return standaloneFees.minus(cardFees);
  }
}
