package dev.penny.payments.charging;

/** Where an aggregated tab charge stands (see {@link ChargeTransitions} for how it moves). */
public enum ChargeStatus {
  /** Recorded and claimed its lines; the card has been (or is being) asked. */
  PENDING,
  /**
   * The checkout zone gave no answer: the charge may have happened. Asked about, never repeated.
   */
  UNKNOWN,
  /** The card declined; another attempt is due after a back-off. */
  DECLINED,
  /** The card paid: the tab is credited, the lines collected. Final. */
  SUCCEEDED,
  /** Declined on every attempt: the tab is locked. Final. */
  FAILED;

  public boolean isFinal() {
    return this == SUCCEEDED || this == FAILED;
  }
}
