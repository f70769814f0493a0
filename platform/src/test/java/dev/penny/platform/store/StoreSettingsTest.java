package dev.penny.platform.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoreSettingsTest {

  @Test
  void aNewStoreHasDefaultMicropaymentSettings() {
    StoreSettings s = new StoreSettings("Shop", StoreTheme.CLASSIC);
    assertThat(s.tabThresholdMicros()).isEqualTo(5_000_000);
    assertThat(s.tipPresetsMicros()).containsExactly(500_000L, 1_000_000L, 2_000_000L);
    assertThat(s.topUpAmountsMicros()).containsExactly(5_000_000L, 10_000_000L, 20_000_000L);
  }

  @Test
  void keepsMicropaymentSettingsExactly() {
    StoreSettings s = new StoreSettings("Shop", StoreTheme.CLASSIC);
    s.micropayments(7_500_000, List.of(250_000L, 1_000L), List.of(10_000_000L));
    assertThat(s.tabThresholdMicros()).isEqualTo(7_500_000);
    assertThat(s.tipPresetsMicros()).containsExactly(250_000L, 1_000L);
    assertThat(s.topUpAmountsMicros()).containsExactly(10_000_000L);
  }

  @Test
  void refusesImpossibleMicropaymentSettings() {
    StoreSettings s = new StoreSettings("Shop", StoreTheme.CLASSIC);
    assertThatThrownBy(() -> s.micropayments(0, List.of(1L), List.of(1L)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> s.micropayments(1, List.of(), List.of(1L)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> s.micropayments(1, List.of(1L, -1L), List.of(1L)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> s.micropayments(1, List.of(1L), List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(s.tabThresholdMicros()).as("unchanged").isEqualTo(5_000_000);
  }
}
