package dev.penny.storefront.micro;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tip and top-up forms pay the amount of the button pressed, whatever else was typed. */
class ChosenAmountTest {

  private static String chosen(Map<String, String> form, String action) {
    return MicroActionServlet.chosenAmount(form::get, action);
  }

  @Test
  void aPresetPressedPaysThePresetThoughAnotherAmountWasTyped() {
    assertThat(chosen(Map.of("amount", "0.50", "custom", "0.02"), "tip")).isEqualTo("0.50");
    assertThat(chosen(Map.of("amount", "10.00", "custom", "250"), "top-up")).isEqualTo("10.00");
  }

  @Test
  void theOtherAmountsButtonOrEnterInItsFieldPaysWhatWasTyped() {
    // Enter presses the form's default button, the other amount's: the browser sends only it.
    assertThat(chosen(Map.of("tip", "custom", "custom", "0.02"), "tip")).isEqualTo("0.02");
    assertThat(chosen(Map.of("top-up", "custom", "custom", "25.00"), "top-up")).isEqualTo("25.00");
  }

  @Test
  void aClientPostingOnlyTheOtherAmountPaysIt() {
    assertThat(chosen(Map.of("custom", "1.25"), "tip")).isEqualTo("1.25");
    assertThat(chosen(Map.of("amount", " ", "custom", "1.25"), "tip")).isEqualTo("1.25");
    assertThat(chosen(Map.of(), "tip")).isNull();
  }
}
