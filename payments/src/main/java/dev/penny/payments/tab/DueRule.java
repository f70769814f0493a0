package dev.penny.payments.tab;

import dev.penny.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a tab is due: at its threshold, when its oldest open line is older than the maximum age, or
 * when nothing was bought on it for the idle period (its shopper may also pay it now). A due tab is
 * charged only once what a card can be charged (its balance rounded down to minor units) reaches
 * the acquirer's minimum; below it, it waits.
 */
public final class DueRule {

  private DueRule() {}

  public static Optional<TabView.DueReason> reason(
      Money owed,
      Money threshold,
      Optional<Instant> oldestLine,
      Optional<Instant> newestLine,
      Instant now,
      Duration maxAge,
      Duration idle) {
    if (!owed.isPositive()) {
      return Optional.empty();
    }
    if (owed.compareTo(threshold) >= 0) {
      return Optional.of(TabView.DueReason.THRESHOLD);
    }
    if (oldestLine.isPresent() && !oldestLine.get().plus(maxAge).isAfter(now)) {
      return Optional.of(TabView.DueReason.AGE);
    }
    if (newestLine.isPresent() && !newestLine.get().plus(idle).isAfter(now)) {
      return Optional.of(TabView.DueReason.IDLE);
    }
    return Optional.empty();
  }

  /** Whether a card may be charged for this balance: its whole minor units reach the minimum. */
  public static boolean chargeable(Money owed, Money minimum) {
    return owed.isPositive() && owed.toMinorUnitsRoundingDown().charged().compareTo(minimum) >= 0;
  }
}
