package dev.penny.payments.charging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class TabChargePlannerTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency JPY = Currency.getInstance("JPY");
  private static final Money CAP = Money.parse("15.00", USD);

  @Property(tries = 1500)
  void chargesAndTheRemainderAreExactlyTheLines(
      @ForAll @Size(min = 1, max = 300) List<@LongRange(min = 1, max = 3_000_000) Long> amounts,
      @ForAll @IntRange(min = 1, max = 4) int stores) {
    List<OpenLine> lines = lines(amounts, stores);
    long total = amounts.stream().mapToLong(Long::longValue).sum();

    List<PlannedCharge> charges = TabChargePlanner.plan(lines, CAP);

    long charged = charges.stream().mapToLong(c -> c.amount().micros()).sum();
    long remainder = total - charged;
    assertThat(remainder).isBetween(0L, 9_999L);
    for (PlannedCharge charge : charges) {
      assertThat(charge.amount().micros() % 10_000).isZero();
      assertThat(charge.amount()).isLessThanOrEqualTo(CAP);
      assertThat(charge.amount().isPositive()).isTrue();
    }
    // What every line gives, over all charges, never exceeds it; what is left over is the
    // remainder, on the last line touched only.
    Map<Long, Long> covered = new HashMap<>();
    charges.forEach(
        c -> c.coverages().forEach(v -> covered.merge(v.purchaseId(), v.micros(), Long::sum)));
    long left = 0;
    for (OpenLine line : lines) {
      long given = covered.getOrDefault(line.purchaseId(), 0L);
      assertThat(given).isBetween(0L, line.remainingMicros());
      left += line.remainingMicros() - given;
    }
    assertThat(left).isEqualTo(remainder);
  }

  @Property(tries = 500)
  void aBalanceAboveTheCapBecomesNearEqualChargesAboveTheMinimum(
      @ForAll @LongRange(min = 15_000_001, max = 200_000_000) long owed) {
    List<PlannedCharge> charges =
        TabChargePlanner.plan(List.of(new OpenLine(1, 1, owed, Instant.EPOCH)), CAP);

    assertThat(charges.size()).isEqualTo((int) ((owed / 10_000 + 1_499) / 1_500));
    long smallest = charges.stream().mapToLong(c -> c.amount().micros()).min().orElseThrow();
    long largest = charges.stream().mapToLong(c -> c.amount().micros()).max().orElseThrow();
    assertThat(largest - smallest).isLessThanOrEqualTo(10_000);
    assertThat(smallest).isGreaterThanOrEqualTo(500_000);
  }

  @Test
  void twoThousandFiveHundredLinesOfPointZeroZeroTwoAreOneChargeOfFiveWithNothingLeft() {
    List<Long> amounts = new ArrayList<>();
    for (int i = 0; i < 2_500; i++) {
      amounts.add(2_000L);
    }
    List<PlannedCharge> charges = TabChargePlanner.plan(lines(amounts, 3), CAP);

    assertThat(charges).hasSize(1);
    assertThat(charges.get(0).amount()).isEqualTo(Money.parse("5.00", USD));
    assertThat(charges.get(0).coverages()).hasSize(2_500).allMatch(Coverage::completes);
  }

  @Test
  void theSubCentRemainderStaysOnTheLastLineAsTheNextCyclesFirst() {
    List<OpenLine> lines =
        List.of(
            new OpenLine(1, 7, 2_500_000, Instant.EPOCH),
            new OpenLine(2, 8, 2_503_000, Instant.EPOCH));

    List<PlannedCharge> charges = TabChargePlanner.plan(lines, CAP);

    assertThat(charges).hasSize(1);
    assertThat(charges.get(0).amount()).isEqualTo(Money.parse("5.00", USD));
    assertThat(charges.get(0).coverages())
        .containsExactly(new Coverage(1, 7, 2_500_000, true), new Coverage(2, 8, 2_500_000, false));
  }

  @Test
  void lessThanOneMinorUnitIsNoCharge() {
    assertThat(TabChargePlanner.plan(List.of(new OpenLine(1, 1, 9_999, Instant.EPOCH)), CAP))
        .isEmpty();
  }

  @Test
  void aCurrencyWithoutMinorUnitsIsChargedInWholeUnits() {
    List<PlannedCharge> charges =
        TabChargePlanner.plan(
            List.of(new OpenLine(1, 1, 1_500_500_000L, Instant.EPOCH)), Money.parse("2000", JPY));

    assertThat(charges).hasSize(1);
    assertThat(charges.get(0).amount()).isEqualTo(Money.parse("1500", JPY));
  }

  private static List<OpenLine> lines(List<Long> amounts, int stores) {
    List<OpenLine> lines = new ArrayList<>();
    for (int i = 0; i < amounts.size(); i++) {
      lines.add(new OpenLine(i + 1, 1 + (i % stores), amounts.get(i), Instant.EPOCH));
    }
    return lines;
  }
}
