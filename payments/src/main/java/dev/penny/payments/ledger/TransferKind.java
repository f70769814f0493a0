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
  REFUND,
  /** A card paid (part of) a tab: card clearing to the tab. */
  TAB_CHARGE,
  /** A store's share of the card fees of its settlement: the store to fees. */
  CARD_FEE,
  /** The platform's fee on a store's settlement: the store to fees. */
  PLATFORM_FEE,
  /** What a settlement paid out to the store: the store to payouts. */
  PAYOUT,
  /**
   * A collected purchase refunded, in part or whole: the store to the shopper's wallet, or to card
   * clearing (back to the card).
   */
  COLLECTED_REFUND
}
