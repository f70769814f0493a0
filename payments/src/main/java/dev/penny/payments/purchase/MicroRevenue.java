package dev.penny.payments.purchase;

import java.time.LocalDate;

/**
 * What the store's micro-purchases made: on one day (UTC), or for one content item. Voided
 * purchases do not count; amounts are micro-units of the store's currency.
 */
public final class MicroRevenue {

  private MicroRevenue() {}

  /** One day's micro-purchases: how many, and their sum. */
  public record Day(LocalDate day, long purchases, long micros) {}

  /** One content item's unlocks and tips in a period. */
  public record Content(long contentId, String title, long purchases, long micros) {}
}
