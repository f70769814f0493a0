package dev.penny.payments.ledger;

import dev.penny.platform.problem.ErrorCode;

/** The words shoppers and clients read for the ledger's refusals. */
final class Refusals {

  private Refusals() {}

  static String message(ErrorCode code) {
    return switch (code) {
      case INSUFFICIENT_FUNDS -> "The wallet does not hold enough for this purchase.";
      case TAB_LIMIT_REACHED -> "This purchase would take the tab over its limit.";
      case TAB_LOCKED -> "The tab is locked until its balance is paid; the wallet still works.";
      case TAB_CLOSED -> "The tab is closed; open it again to buy on it. The wallet still works.";
      case ALREADY_OWNED -> "You already own this.";
      case SPENDING_CAP_REACHED -> "This spending key has reached its daily cap in this store.";
      case PAYMENT_NONCE_REPLAYED -> "This payment nonce was used already; ask for a new one.";
      case IDEMPOTENCY_CONFLICT -> "This idempotency key was used for another request.";
      case PURCHASE_NOT_VOIDABLE ->
          "Only a purchase still on an open tab, in no card charge, can be voided.";
      default -> code.code();
    };
  }
}
