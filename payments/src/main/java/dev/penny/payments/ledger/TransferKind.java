package dev.penny.payments.ledger;

/** Why money moved. */
public enum TransferKind {
  /** A card paid into a wallet: card clearing to wallet. */
  TOP_UP,
  /** A micro-purchase: wallet or tab to the store. */
  PURCHASE,
  /** A purchase taken back while its tab is open: the store to the tab. */
  VOID,
  /** A purchase paid back to the wallet: the store to the wallet. */
  REFUND
}
