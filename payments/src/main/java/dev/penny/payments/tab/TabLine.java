package dev.penny.payments.tab;

import dev.penny.money.Money;
import java.time.Instant;
import java.util.Currency;

/**
 * One purchase on a tab: its store, item, time and what is still owed of it (all of it, unless a
 * charge collected part of it: the sub-cent remainder a charge rounded down leaves).
 */
public record TabLine(
    long purchaseId, String storeSlug, String storeName, String item, Money amount, Instant at) {

  /** For the JPQL constructor expression. */
  public TabLine(
      Long purchaseId,
      String storeSlug,
      String storeName,
      String item,
      long amountMicros,
      String currency,
      Instant at) {
    this(
        purchaseId,
        storeSlug,
        storeName,
        item,
        Money.ofMicros(amountMicros, Currency.getInstance(currency)),
        at);
  }
}
