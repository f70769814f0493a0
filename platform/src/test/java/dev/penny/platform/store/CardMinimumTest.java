package dev.penny.platform.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CardMinimumTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency JPY = Currency.getInstance("JPY");

  private static String minimum(Currency currency, Map<String, String> settings) {
    return CardMinimum.of(currency, name -> Optional.ofNullable(settings.get(name)))
        .toPlainString();
  }

  @Test
  void fiftyMinorUnitsOfAnyCurrencyByDefault() {
    assertThat(minimum(USD, Map.of())).isEqualTo("0.50");
    assertThat(minimum(EUR, Map.of())).isEqualTo("0.50");
    assertThat(minimum(JPY, Map.of())).isEqualTo("50");
  }

  @Test
  void aSettingWithoutCurrencyAppliesToCurrenciesWithCentsOnly() {
    Map<String, String> settings = Map.of("penny.card-minimum", "1.00");
    assertThat(minimum(USD, settings)).isEqualTo("1.00");
    assertThat(minimum(JPY, settings)).isEqualTo("50");
  }

  @Test
  void aCurrencysOwnSettingWins() {
    Map<String, String> settings =
        Map.of(
            "penny.card-minimum",
            "1.00",
            "penny.card-minimum.EUR",
            "0.30",
            "penny.card-minimum.JPY",
            "100");
    assertThat(minimum(USD, settings)).isEqualTo("1.00");
    assertThat(minimum(EUR, settings)).isEqualTo("0.30");
    assertThat(minimum(JPY, settings)).isEqualTo("100");
  }

  @Test
  void theFormerTabSettingIsReadWhenTheNewOneIsAbsent() {
    assertThat(minimum(USD, Map.of("penny.tab.charge-minimum", "0.75"))).isEqualTo("0.75");
    assertThat(
            minimum(USD, Map.of("penny.tab.charge-minimum", "0.75", "penny.card-minimum", "0.60")))
        .isEqualTo("0.60");
  }
}
