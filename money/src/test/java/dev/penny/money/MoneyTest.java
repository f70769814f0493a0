package dev.penny.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency JPY = Currency.getInstance("JPY");

  @Test
  void parsesDecimalTextIntoMicroUnits() {
    assertThat(Money.parse("4.99", USD).micros()).isEqualTo(4_990_000);
    assertThat(Money.parse("0.002", USD).micros()).isEqualTo(2_000);
    assertThat(Money.parse("0.000001", USD).micros()).isEqualTo(1);
    assertThat(Money.parse("12", EUR).micros()).isEqualTo(12_000_000);
    assertThat(Money.parse("-1.5", EUR).micros()).isEqualTo(-1_500_000);
    assertThat(Money.parse(" 3.10 ", EUR).micros()).isEqualTo(3_100_000);
  }

  @Test
  void refusesMoreThanSixDecimalsWithItsOwnMessage() {
    assertThatThrownBy(() -> Money.parse("0.0000001", USD))
        .isInstanceOf(MoneyFormatException.class)
        .hasMessageContaining("at most 6 decimals");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "abc", "1,50", "1e3", "1.", ".5", "--1", "+1", "1.2.3", "NaN", "0x10"})
  void refusesTextThatIsNotAPlainDecimal(String text) {
    assertThatThrownBy(() -> Money.parse(text, USD))
        .isInstanceOf(MoneyFormatException.class)
        .extracting(e -> ((MoneyFormatException) e).reason().code())
        .isEqualTo("invalid_amount");
  }

  @Test
  void refusesNullText() {
    assertThatThrownBy(() -> Money.parse(null, USD)).isInstanceOf(MoneyFormatException.class);
  }

  @Test
  void refusesAmountsBeyondTheRangeOfMicroUnits() {
    assertThatThrownBy(() -> Money.parse("9300000000000", USD))
        .isInstanceOf(MoneyOverflowException.class);
    assertThat(Money.parse("9223372036854.775807", USD).micros()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void addsAndSubtractsExactly() {
    Money a = Money.parse("0.10", USD);
    Money b = Money.parse("0.20", USD);
    assertThat(a.plus(b)).isEqualTo(Money.parse("0.3", USD));
    assertThat(a.minus(b)).isEqualTo(Money.parse("-0.1", USD));
    assertThat(Money.parse("0.002", USD).times(500)).isEqualTo(Money.parse("1", USD));
  }

  @Test
  void refusesOverflowInsteadOfWrappingAround() {
    Money max = Money.ofMicros(Long.MAX_VALUE, USD);
    assertThatThrownBy(() -> max.plus(Money.ofMicros(1, USD)))
        .isInstanceOf(MoneyOverflowException.class);
    assertThatThrownBy(() -> Money.ofMicros(Long.MIN_VALUE, USD).minus(Money.ofMicros(1, USD)))
        .isInstanceOf(MoneyOverflowException.class);
    assertThatThrownBy(() -> max.times(2)).isInstanceOf(MoneyOverflowException.class);
    assertThatThrownBy(() -> Money.ofMicros(Long.MIN_VALUE, USD).negate())
        .isInstanceOf(MoneyOverflowException.class);
    assertThatThrownBy(() -> Money.ofMinorUnits(Long.MAX_VALUE, USD))
        .isInstanceOf(MoneyOverflowException.class);
  }

  @Test
  void refusesToMixCurrencies() {
    Money dollars = Money.parse("1", USD);
    Money euros = Money.parse("1", EUR);
    assertThatThrownBy(() -> dollars.plus(euros))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessageContaining("USD")
        .hasMessageContaining("EUR");
    assertThatThrownBy(() -> dollars.minus(euros)).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> dollars.compareTo(euros))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void roundsDownToCentsAndKeepsTheRemainder() {
    Money.MinorUnitSplit split = Money.parse("5.123456", USD).toMinorUnitsRoundingDown();
    assertThat(split.minorUnits()).isEqualTo(512);
    assertThat(split.charged()).isEqualTo(Money.parse("5.12", USD));
    assertThat(split.remainder()).isEqualTo(Money.parse("0.003456", USD));
  }

  @Test
  void subCentAmountsChargeNothingAndKeepEverything() {
    Money.MinorUnitSplit split = Money.parse("0.002", USD).toMinorUnitsRoundingDown();
    assertThat(split.minorUnits()).isZero();
    assertThat(split.remainder()).isEqualTo(Money.parse("0.002", USD));
  }

  @Test
  void yenHasNoMinorUnits() {
    Money.MinorUnitSplit split = Money.parse("1200.5", JPY).toMinorUnitsRoundingDown();
    assertThat(split.minorUnits()).isEqualTo(1200);
    assertThat(split.remainder()).isEqualTo(Money.parse("0.5", JPY));
    assertThat(Money.ofMinorUnits(1200, JPY).toPlainString()).isEqualTo("1200");
  }

  @Test
  void splitsIntoPartsThatDifferByAtMostOneMicroUnit() {
    Money[] parts = Money.ofMicros(10, USD).split(3);
    assertThat(parts).extracting(Money::micros).containsExactly(4L, 3L, 3L);
    Money[] negative = Money.ofMicros(-10, USD).split(3);
    assertThat(negative).extracting(Money::micros).containsExactly(-4L, -3L, -3L);
    assertThat(Arrays.stream(negative).mapToLong(Money::micros).sum()).isEqualTo(-10);
    assertThatThrownBy(() -> Money.ofMicros(10, USD).split(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void printsTheCurrencyDigitsAndAnyFinerPrecision() {
    assertThat(Money.parse("4.5", USD).toPlainString()).isEqualTo("4.50");
    assertThat(Money.parse("0.002", USD).toPlainString()).isEqualTo("0.002");
    assertThat(Money.parse("12", EUR).toString()).isEqualTo("12.00 EUR");
  }

  @Test
  void acceptsOnlyKnownIsoCurrencyCodes() {
    assertThat(Money.currency("EUR")).isEqualTo(EUR);
    assertThatThrownBy(() -> Money.currency("usd")).isInstanceOf(MoneyFormatException.class);
    assertThatThrownBy(() -> Money.currency("XYZ")).isInstanceOf(MoneyFormatException.class);
    assertThatThrownBy(() -> Money.currency(null)).isInstanceOf(MoneyFormatException.class);
  }

  @Test
  void comparesWithinOneCurrency() {
    assertThat(Money.parse("0.002", USD)).isLessThan(Money.parse("0.01", USD));
    assertThat(Money.parse("0", USD).isZero()).isTrue();
    assertThat(Money.parse("-0.01", USD).isNegative()).isTrue();
    assertThat(Money.parse("0.01", USD).isPositive()).isTrue();
  }

  @Test
  void aRateInPartsPerMillionRoundsOnlyAtTheEnd() {
    Money price = Money.parse("0.333333", USD);
    assertThat(price.timesPartsPerMillion(80_000, java.math.RoundingMode.HALF_UP))
        .isEqualTo(Money.parse("0.026667", USD));
    assertThat(price.timesPartsPerMillion(80_000, java.math.RoundingMode.DOWN))
        .isEqualTo(Money.parse("0.026666", USD));
    assertThat(
            Money.parse("19.99", USD).timesPartsPerMillion(1_000_000, java.math.RoundingMode.DOWN))
        .isEqualTo(Money.parse("19.99", USD));
    assertThat(price.timesPartsPerMillionInMinorUnits(80_000, java.math.RoundingMode.HALF_UP))
        .isEqualTo(Money.parse("0.03", USD));
    assertThat(
            Money.parse("62.99", USD)
                .timesPartsPerMillionInMinorUnits(100_000, java.math.RoundingMode.DOWN))
        .isEqualTo(Money.parse("6.29", USD));
    assertThat(
            Money.parse("1000", Currency.getInstance("JPY"))
                .timesPartsPerMillionInMinorUnits(85_000, java.math.RoundingMode.HALF_UP))
        .isEqualTo(Money.parse("85", Currency.getInstance("JPY")));
    assertThatThrownBy(
            () ->
                Money.ofMicros(Long.MAX_VALUE, USD)
                    .timesPartsPerMillion(2_000_000, java.math.RoundingMode.DOWN))
        .isInstanceOf(MoneyOverflowException.class);
  }
}
