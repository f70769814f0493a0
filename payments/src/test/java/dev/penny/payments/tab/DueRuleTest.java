package dev.penny.payments.tab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DueRuleTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
  private static final Money THRESHOLD = Money.parse("5.00", USD);
  private static final Money MINIMUM = Money.parse("0.50", USD);

  private static Optional<TabView.DueReason> due(String owed, Duration oldest, Duration newest) {
    return DueRule.reason(
        Money.parse(owed, USD),
        THRESHOLD,
        Optional.of(NOW.minus(oldest)),
        Optional.of(NOW.minus(newest)),
        NOW,
        Duration.ofHours(72),
        Duration.ofDays(30));
  }

  @Test
  void aTabIsDueAtItsThresholdByAgeOrWhenIdle() {
    assertThat(due("5.00", Duration.ZERO, Duration.ZERO)).contains(TabView.DueReason.THRESHOLD);
    assertThat(due("4.99", Duration.ofHours(71), Duration.ZERO)).isEmpty();
    assertThat(due("4.99", Duration.ofHours(72), Duration.ZERO)).contains(TabView.DueReason.AGE);
    assertThat(due("0.10", Duration.ofDays(31), Duration.ofDays(30)))
        .contains(TabView.DueReason.AGE);
    assertThat(due("0.00", Duration.ofDays(31), Duration.ofDays(30))).isEmpty();
  }

  @Test
  void aTabWithNoPurchaseForTheIdlePeriodIsDueWhenItsAgeRuleIsLonger() {
    Optional<TabView.DueReason> idle =
        DueRule.reason(
            Money.parse("0.60", USD),
            THRESHOLD,
            Optional.of(NOW.minus(Duration.ofDays(45))),
            Optional.of(NOW.minus(Duration.ofDays(30))),
            NOW,
            Duration.ofDays(60),
            Duration.ofDays(30));
    assertThat(idle).contains(TabView.DueReason.IDLE);
  }

  @Test
  void aDueTabBelowTheMinimumWaits() {
    assertThat(DueRule.chargeable(Money.parse("0.50", USD), MINIMUM)).isTrue();
    assertThat(DueRule.chargeable(Money.parse("0.509999", USD), MINIMUM)).isTrue();
    assertThat(DueRule.chargeable(Money.parse("0.499999", USD), MINIMUM)).isFalse();
    assertThat(DueRule.chargeable(Money.parse("15.00", USD), MINIMUM)).isTrue();
  }
}
