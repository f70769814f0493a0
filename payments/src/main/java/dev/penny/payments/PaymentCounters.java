package dev.penny.payments;

import java.util.concurrent.atomic.LongAdder;

/**
 * What this server has done since it started, for its metrics ({@code /metrics}): micro-charges
 * posted (not replays) and tab charges that succeeded or were declined. Counted in memory, per
 * server; a metrics system adds the servers up.
 */
public final class PaymentCounters {

  private static final LongAdder MICRO_CHARGES = new LongAdder();
  private static final LongAdder TAB_CHARGES_SUCCEEDED = new LongAdder();
  private static final LongAdder TAB_CHARGES_DECLINED = new LongAdder();

  private PaymentCounters() {}

  public static void microCharge() {
    MICRO_CHARGES.increment();
  }

  public static void tabChargeSucceeded() {
    TAB_CHARGES_SUCCEEDED.increment();
  }

  public static void tabChargeDeclined() {
    TAB_CHARGES_DECLINED.increment();
  }

  public static long microCharges() {
    return MICRO_CHARGES.sum();
  }

  public static long tabChargesSucceeded() {
    return TAB_CHARGES_SUCCEEDED.sum();
  }

  public static long tabChargesDeclined() {
    return TAB_CHARGES_DECLINED.sum();
  }
}
