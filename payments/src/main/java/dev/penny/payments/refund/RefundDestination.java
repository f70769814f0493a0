package dev.penny.payments.refund;

/** Where a refund goes: the shopper's Penny wallet, or the card that paid the tab charge. */
public enum RefundDestination {
  WALLET,
  CARD
}
