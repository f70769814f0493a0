package dev.penny.payments.purchase;

/** What pays a micro-purchase: the prepaid wallet or the post-paid tab. */
public enum Funding {
  WALLET,
  TAB
}
