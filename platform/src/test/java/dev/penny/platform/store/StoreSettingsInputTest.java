package dev.penny.platform.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import org.junit.jupiter.api.Test;

class StoreSettingsInputTest {

  private static final Currency EUR = Currency.getInstance("EUR");

  private static StoreSettingsInput form(String tips, String topUps) {
    return new StoreSettingsInput("Shop", "", "CLASSIC", "#112233", "#445566", "8.5", tips, topUps);
  }

  @Test
  void acceptsMicropaymentSettingsInMicroUnits() {
    StoreSettingsInput form = form("0.25, 1, 0.01", "10,25");
    assertThat(form.problems(EUR)).isEmpty();
    assertThat(form.tipPresets(EUR)).isEqualTo(AmountPresets.of(EUR, 250_000, 1_000_000, 10_000));
    assertThat(form.topUpAmounts(EUR)).isEqualTo(AmountPresets.of(EUR, 10_000_000, 25_000_000));
    assertThat(form.taxRatePpm()).isEqualTo(85_000);
  }

  @Test
  void listsEveryBadMicropaymentSetting() {
    assertThat(form("1, 1", "1,2,3,4,5,6,7").problems(EUR))
        .containsExactly(
            "The tip presets list 1 twice.",
            "The wallet top-up amounts are 1 to 6 amounts separated by commas.");
    assertThat(form("", "-5").problems(EUR))
        .containsExactly(
            "The tip presets are 1 to 6 amounts separated by commas.",
            "The wallet top-up amounts (-5) cannot be negative.");
    assertThat(form("0.0000001", "5").problems(EUR))
        .singleElement()
        .satisfies(p -> assertThat(p).startsWith("The tip presets (0.0000001) must be an amount"));
  }

  /** Presets the wallet and the tip would refuse are refused when saved, not when pressed. */
  @Test
  void refusesPresetsOutsideWhatATipOrATopUpMayBe() {
    assertThat(form("0.001, 100.01", "4.99, 5.005, 5, 500, 750").problems(EUR))
        .containsExactly(
            "The tip presets are from 0.01 to 100.00 (0.001).",
            "The tip presets are from 0.01 to 100.00 (100.01).",
            "The wallet top-up amounts are card charges: from 5.00 to 500.00, in whole cents"
                + " (4.99).",
            "The wallet top-up amounts are card charges: from 5.00 to 500.00, in whole cents"
                + " (5.005).",
            "The wallet top-up amounts are card charges: from 5.00 to 500.00, in whole cents"
                + " (750.00).");
  }

  /** The store's name and tagline follow every other text's rules (they were cleaned silently). */
  @Test
  void theNameAndTaglineRefuseWhatNoTextShows() {
    StoreSettingsInput controls =
        new StoreSettingsInput(
            "Ctl\u0000\u001b[31m", "Sale\u202e", "CLASSIC", "#112233", "#445566", "8.5", "1", "10");
    assertThat(controls.problems(EUR))
        .containsExactly(
            "The store name has a control character (such as NUL) that no text shows.",
            "The tagline has a direction override (such as U+202E), which would reverse the text"
                + " after it; write right-to-left text as it is.");
  }
}
