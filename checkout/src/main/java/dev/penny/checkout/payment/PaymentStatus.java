package dev.penny.checkout.payment;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a payment is, and the one table of where it may go. An authorization is sent from {@link
 * #UNKNOWN} (recorded before the request leaves, so a crash leaves a payment to ask about, never
 * one to send again): the answer moves it on (approved, declined back to {@link #REQUIRES_CARD} for
 * another card, or a 3-D Secure challenge); no answer leaves it unknown until the acquirer is asked
 * for the request's status.
 */
public enum PaymentStatus {
  REQUIRES_CARD,
  REQUIRES_CHALLENGE,
  UNKNOWN,
  AUTHORIZED,
  CAPTURED,
  VOIDED,
  REFUNDED,
  FAILED;

  private static final Map<PaymentStatus, Set<PaymentStatus>> NEXT =
      Map.of(
          REQUIRES_CARD, EnumSet.of(UNKNOWN, FAILED, VOIDED),
          REQUIRES_CHALLENGE, EnumSet.of(REQUIRES_CARD, UNKNOWN, FAILED, VOIDED),
          UNKNOWN, EnumSet.of(REQUIRES_CARD, REQUIRES_CHALLENGE, AUTHORIZED, FAILED),
          AUTHORIZED, EnumSet.of(CAPTURED, VOIDED),
          CAPTURED, EnumSet.of(REFUNDED),
          VOIDED, EnumSet.noneOf(PaymentStatus.class),
          REFUNDED, EnumSet.noneOf(PaymentStatus.class),
          FAILED, EnumSet.noneOf(PaymentStatus.class));

  public boolean canBecome(PaymentStatus next) {
    return NEXT.get(this).contains(next);
  }

  /** Whether a card can be submitted now. */
  public boolean acceptsCard() {
    return this == REQUIRES_CARD;
  }

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
