package dev.penny.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Money never loses or invents a micro-unit, whatever the sequence of operations. */
class MoneyPropertiesTest {

  private static final Currency USD = Currency.getInstance("USD");

  /** One step: add an amount, or split one of the amounts so far into several. */
  record Step(boolean split, long micros, int parts, int index) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step =
        Combinators.combine(
                Arbitraries.of(true, false),
                Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
                Arbitraries.integers().between(1, 17),
                Arbitraries.integers().between(0, 1_000))
            .as(Step::new);
    return step.list().ofMinSize(1).ofMaxSize(60);
  }

  @Property(tries = 500)
  void additionsAndSplitsPreserveTheTotal(@ForAll("steps") List<Step> steps) {
    List<Money> pieces = new ArrayList<>();
    long expected = 0;
    for (Step step : steps) {
      if (step.split() && !pieces.isEmpty()) {
        Money chosen = pieces.remove(step.index() % pieces.size());
        pieces.addAll(List.of(chosen.split(step.parts())));
      } else {
        pieces.add(Money.ofMicros(step.micros(), USD));
        expected += step.micros();
      }
    }
    Money total = pieces.stream().reduce(Money.zero(USD), Money::plus);
    assertThat(total.micros()).isEqualTo(expected);
  }

  @Property
  void splitPartsDifferByAtMostOneMicroUnit(
      @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long micros,
      @ForAll @IntRange(min = 1, max = 1_000) int parts) {
    Money[] split = Money.ofMicros(micros, USD).split(parts);
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    long sum = 0;
    for (Money part : split) {
      min = Math.min(min, part.micros());
      max = Math.max(max, part.micros());
      sum += part.micros();
    }
    assertThat(sum).isEqualTo(micros);
    assertThat(max - min).isLessThanOrEqualTo(1);
  }

  @Property
  void roundingDownToMinorUnitsKeepsEveryMicroUnit(
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long micros,
      @ForAll("currencies") Currency currency) {
    Money amount = Money.ofMicros(micros, currency);
    Money.MinorUnitSplit split = amount.toMinorUnitsRoundingDown();
    assertThat(split.charged().plus(split.remainder())).isEqualTo(amount);
    assertThat(split.remainder().isNegative()).isFalse();
    assertThat(split.remainder()).isLessThan(Money.ofMinorUnits(1, currency));
    assertThat(Money.ofMinorUnits(split.minorUnits(), currency)).isEqualTo(split.charged());
  }

  @Property
  void printedTextParsesBackToTheSameAmount(
      @ForAll long micros, @ForAll("currencies") Currency currency) {
    Money amount = Money.ofMicros(micros, currency);
    assertThat(Money.parse(amount.toPlainString(), currency)).isEqualTo(amount);
  }

  @Property
  void aRateIsTheExactProductRoundedOnceWithinOneMicroUnit(
      @ForAll @LongRange(min = 0, max = 1_000_000_000_000_000L) long micros,
      @ForAll @IntRange(min = 0, max = 1_000_000) int ppm) {
    Money amount = Money.ofMicros(micros, USD);
    java.math.BigDecimal exact =
        java.math.BigDecimal.valueOf(micros)
            .multiply(java.math.BigDecimal.valueOf(ppm))
            .movePointLeft(6);
    Money down = amount.timesPartsPerMillion(ppm, java.math.RoundingMode.DOWN);
    Money halfUp = amount.timesPartsPerMillion(ppm, java.math.RoundingMode.HALF_UP);
    assertThat(java.math.BigDecimal.valueOf(down.micros())).isLessThanOrEqualTo(exact);
    assertThat(exact.subtract(java.math.BigDecimal.valueOf(down.micros())))
        .isLessThan(java.math.BigDecimal.ONE);
    assertThat(halfUp.micros() - down.micros()).isBetween(0L, 1L);
    assertThat(down).isLessThanOrEqualTo(amount);
  }

  @Provide
  Arbitrary<Currency> currencies() {
    return Arbitraries.of("USD", "EUR", "JPY", "GBP", "KWD").map(Currency::getInstance);
  }
}
