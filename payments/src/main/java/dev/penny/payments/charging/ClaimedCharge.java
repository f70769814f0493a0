package dev.penny.payments.charging;

import dev.penny.money.Money;

/**
 * A tab charge as the charger works on it: which tab, cycle and part, how much, on which card, how
 * many attempts were made so far (which names the attempt's idempotency key) and how many of them
 * never reached the acquirer ({@code unsent}: they are not the card's declines).
 */
public record ClaimedCharge(
    long id,
    String publicId,
    long tabAccount,
    String shopper,
    int cycle,
    int part,
    ChargeReason reason,
    Money amount,
    String cardToken,
    ChargeStatus status,
    int attempts,
    int unsent,
    java.util.Optional<String> paymentId) {

  /** How many times the card itself declined this charge. */
  public int declines() {
    return attempts - unsent;
  }

  /**
   * The checkout zone's idempotency key of this attempt, derived from the tab, its cycle, the part
   * and the attempt: the same attempt asked twice is the same card charge, never a second one.
   */
  public String zoneKey() {
    return "tab-" + tabAccount + "-c" + cycle + "-p" + part + "-a" + attempts;
  }

  /** The ledger's idempotency key of the transfer a captured charge makes. */
  public String ledgerKey() {
    return "tabcharge:" + publicId;
  }

  /** How many times the card may decline before the charge fails for good. */
  public int maxAttempts() {
    return reason == ChargeReason.PAY_NOW ? 1 : 1 + ChargeRules.retries();
  }
}
