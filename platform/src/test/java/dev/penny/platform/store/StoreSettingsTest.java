package dev.penny.platform.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.penny.money.Money;
import dev.penny.platform.problem.InvalidInputException;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class StoreSettingsTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency USD = Currency.getInstance("USD");

  @Test
  void aNewStoreHasDefaultMicropaymentSettingsInItsCurrency() {
    StoreSettings s = new StoreSettings("Shop", StoreTheme.CLASSIC, EUR);
    assertThat(s.tipPresets()).isEqualTo(AmountPresets.of(EUR, 500_000, 1_000_000, 2_000_000));
    assertThat(s.topUpAmounts())
        .isEqualTo(AmountPresets.of(EUR, 5_000_000, 10_000_000, 20_000_000));
  }

  @Test
  void keepsMicropaymentSettingsExactly() {
    StoreSettings s = new StoreSettings("Shop", StoreTheme.CLASSIC, EUR);
    s.micropayments(AmountPresets.of(EUR, 250_000, 1_000), AmountPresets.of(EUR, 10_000_000));
    assertThat(s.tipPresets().amounts())
        .containsExactly(Money.ofMicros(250_000, EUR), Money.ofMicros(1_000, EUR));
    assertThat(s.topUpAmounts().amounts()).containsExactly(Money.ofMicros(10_000_000, EUR));
  }

  @Test
  void refusesImpossibleMicropaymentSettings() {
    StoreSettings s = new StoreSettings("Shop", StoreTheme.CLASSIC, EUR);
    AmountPresets one = AmountPresets.of(EUR, 1);
    assertThatThrownBy(() -> s.micropayments(AmountPresets.of(USD, 1), one))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> s.micropayments(one, AmountPresets.of(USD, 1)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> AmountPresets.of(EUR)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> AmountPresets.of(EUR, 1, -1))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> AmountPresets.of(EUR, 1, 2, 3, 4, 5, 6, 7))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> AmountPresets.of(EUR, 5, 5)).isInstanceOf(InvalidInputException.class);
    assertThat(s.tipPresets())
        .as("unchanged")
        .isEqualTo(AmountPresets.of(EUR, 500_000, 1_000_000, 2_000_000));
  }

  @Test
  void presetsAreStoredAsTheirCurrencyAndExactMicros() {
    AmountPresetsConverter converter = new AmountPresetsConverter();
    AmountPresets presets = AmountPresets.of(USD, 2_000, 500_000, 123_456_789);

    String column = converter.convertToDatabaseColumn(presets);

    assertThat(column).isEqualTo("USD 2000,500000,123456789");
    assertThat(converter.convertToEntityAttribute(column)).isEqualTo(presets);
  }
}
