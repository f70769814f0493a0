package dev.penny.payments.charging;

/** What can happen to a tab charge. */
public enum ChargeEvent {
  /** The zone says the card was charged. */
  CAPTURED,
  /** The zone says the card declined, and attempts remain. */
  DECLINED,
  /** The zone says the card declined on the last attempt. */
  DECLINED_LAST,
  /**
   * The zone says the authorization never reached the acquirer ("not_received"): nothing was
   * charged; tried again soon under the next attempt's key, not counted as a decline.
   */
  NOT_SENT,
  /** No answer (a timeout, an error, an authorization not yet captured): the outcome is unknown. */
  NO_ANSWER,
  /** A declined charge's back-off has passed: it is tried again. */
  RETRY,
  /**
   * The shopper pays now (another card, or the same one again) while a declined charge waits for
   * its retry: the declined charge ends, nothing charged, and its lines go to the pay-now charge.
   */
  SUPERSEDED,
  /** Pay now with a new card: the zone's card page for this part was opened. */
  CARD_PAGE,
  /**
   * The card page was left unpaid (the shopper cancelled, or it expired, and the zone voided it),
   * or could not be opened: nothing was charged; the lines go back to the tab.
   */
  ABANDONED
}
