package dev.penny.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyDisplayTest {

  @Test
  void showsCurrencyDigitsAndFinerPrecisionOnlyWhenPresent() {
    assertThat(MoneyDisplay.format(Money.parse("4.99", "USD"), Locale.US)).isEqualTo("$4.99");
    assertThat(MoneyDisplay.format(Money.parse("24", "USD"), Locale.US)).isEqualTo("$24.00");
    assertThat(MoneyDisplay.format(Money.parse("0.002", "USD"), Locale.US)).isEqualTo("$0.002");
    assertThat(MoneyDisplay.format(Money.parse("8.5", "EUR"), Locale.US)).isEqualTo("€8.50");
    assertThat(MoneyDisplay.format(Money.parse("1200", "JPY"), Locale.US)).isEqualTo("¥1,200");
    assertThat(MoneyDisplay.format(Money.parse("0.000001", "USD"), Locale.US))
        .isEqualTo("$0.000001");
  }
}
