package dev.penny.payments.tab;

import dev.penny.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A shopper's tab as they see it: what they owe against the threshold ("3.75 of 5.00"), the limit,
 * its lines, whether it is due (and why), locked or closed by the shopper, the card and consent it
 * was opened with, and the least a card can be charged (a due tab owing less waits).
 */
public record TabView(
    Money owed,
    Money threshold,
    Money limit,
    boolean locked,
    List<TabLine> lines,
    Optional<DueReason> due,
    boolean chargeable,
    String cardLabel,
    String consentVersion,
    Instant consentedAt,
    boolean closed,
    Money cardMinimum) {

  /** Why a tab is due for charging. */
  public enum DueReason {
    THRESHOLD,
    AGE,
    IDLE
  }

  /** Due, but what a card can be charged is still below the acquirer's minimum: it waits. */
  public boolean waiting() {
    return due.isPresent() && !chargeable;
  }

  /** "3.75 of 5.00". */
  public String progress() {
    return owed.toPlainString() + " of " + threshold.toPlainString();
  }

  /** How far towards the threshold, 0–100, for a progress bar. */
  public int percent() {
    if (!threshold.isPositive()) {
      return 100;
    }
    long ratio = owed.micros() * 100 / threshold.micros();
    return (int) Math.max(0, Math.min(100, ratio));
  }

  /** What may still be bought on the tab before its limit. */
  public Money room() {
    Money room = limit.minus(owed);
    return room.isNegative() ? Money.zero(limit.currency()) : room;
  }
}
