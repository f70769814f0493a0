package dev.penny.payments.charging;

import java.time.Instant;

/**
 * A tab line not yet fully collected: its purchase, store, what is left of it, and when it was
 * bought. Lines are charged oldest first.
 */
public record OpenLine(long purchaseId, long tenantId, long remainingMicros, Instant at) {

  public OpenLine {
    if (remainingMicros <= 0) {
      throw new IllegalArgumentException("An open line has something left to collect");
    }
  }
}
