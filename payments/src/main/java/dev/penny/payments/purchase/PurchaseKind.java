package dev.penny.payments.purchase;

/** What was bought. */
public enum PurchaseKind {
  UNLOCK,
  TIP,
  ITEM,
  METERED
}
