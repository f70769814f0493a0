package dev.penny.payments.purchase;

import dev.penny.money.Money;
import java.time.Instant;
import java.util.Optional;

/**
 * A micro-purchase as its buyer is told: the transaction id, what and how much, how it was paid,
 * when an unlock ends, and whether this answer repeats the first one for the same key.
 */
public record Receipt(
    long transactionId,
    PurchaseKind kind,
    String title,
    Money amount,
    Funding funding,
    Instant at,
    Optional<Instant> expiresAt,
    boolean replayed) {

  /** The id clients see: {@code mp_} and the transfer's number. */
  public String publicId() {
    return "mp_" + transactionId;
  }
}
