package dev.penny.platform.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.money.Money;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** A top-up is 500 to 50,000 minor units of its currency, in whole minor units. */
class TopUpRangeTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency JPY = Currency.getInstance("JPY");

  @Test
  void theRangeIsInTheCurrencysMinorUnits() {
    assertThat(TopUpRange.describe(USD)).isEqualTo("from 5.00 to 500.00, in whole cents");
    assertThat(TopUpRange.describe(JPY)).isEqualTo("from 500 to 50000, in whole units");
  }

  @Test
  void itsEndsAreIncludedAndWhatLiesOutsideOrBetweenMinorUnitsIsNot() {
    assertThat(TopUpRange.allows(Money.parse("5.00", USD))).isTrue();
    assertThat(TopUpRange.allows(Money.parse("500.00", USD))).isTrue();
    assertThat(TopUpRange.allows(Money.parse("4.99", USD))).isFalse();
    assertThat(TopUpRange.allows(Money.parse("500.01", USD))).isFalse();
    assertThat(TopUpRange.allows(Money.parse("10.005", USD))).isFalse();
    assertThat(TopUpRange.allows(Money.parse("1000", JPY))).isTrue();
    assertThat(TopUpRange.allows(Money.parse("50001", JPY))).isFalse();
    assertThat(TopUpRange.allows(Money.parse("499", JPY))).isFalse();
  }
}
