package dev.penny.payments.ledger;

/**
 * The kinds of ledger account. A balance is credits minus debits: a wallet holds what Penny owes
 * its shopper (never below zero), a tab what its shopper owes (at or below zero, down to the
 * limit), a store's account what Penny owes the store; card clearing mirrors the money cards
 * brought in.
 */
public enum AccountKind {
  WALLET,
  TAB,
  STORE,
  CARD_CLEARING,
  FEES,
  PAYOUTS
}
