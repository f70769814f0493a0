package dev.penny.payments.charging;

/** Where an aggregated tab charge stands (see {@link ChargeTransitions} for how it moves). */
public enum ChargeStatus {
  /** Recorded and claimed its lines; the card has been (or is being) asked. */
  PENDING,
  /**
   * The checkout zone gave no answer: the charge may have happened. Asked about, never repeated.
   */
  UNKNOWN,
  /**
   * Pay now with a new card: the shopper is paying this part on the checkout zone's card page (its
   * payment id is recorded). Asked about until the zone says it was paid, or abandoned.
   */
  AWAITING_CARD,
  /** The card declined; another attempt is due after a back-off. */
  DECLINED,
  /** The card paid: the tab is credited, the lines collected. Final. */
  SUCCEEDED,
  /**
   * Declined on every attempt (the tab is locked), or a pay-now card page that was abandoned (the
   * tab stays as it was). Final.
   */
  FAILED;

  public boolean isFinal() {
    return this == SUCCEEDED || this == FAILED;
  }
}
