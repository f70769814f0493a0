package dev.penny.platform.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.penny.money.Money;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class InputChecksTest {

  private static final Currency USD = Currency.getInstance("USD");

  @Test
  void readsAmountsExactlyAndRefusesBadOnes() {
    InputChecks checks = new InputChecks();
    assertThat(checks.amount("0.002", USD, "The price", false))
        .isEqualTo(Money.parse("0.002", USD));
    assertThat(checks.amount(" 12.50 ", USD, "The price", false).micros()).isEqualTo(12_500_000);
    assertThat(checks.ok()).isTrue();

    assertThat(checks.amount("-1", USD, "The price", false)).isNull();
    assertThat(checks.amount("1.1234567", USD, "The price", false)).isNull();
    assertThat(checks.amount("abc", USD, "The price", false)).isNull();
    assertThat(checks.amount("0", USD, "The unlock price", true)).isNull();
    assertThat(checks.problems())
        .hasSize(4)
        .contains("The price cannot be negative.", "The unlock price must be above zero.");
  }

  @Test
  void aTextWithAControlCharacterIsRefusedButLinesAndTabsAreText() {
    InputChecks checks = new InputChecks();
    assertThat(checks.text("Line one\r\nLine\ttwo", "The description", 100))
        .isEqualTo("Line one\r\nLine\ttwo");
    assertThat(checks.text("Caf\u00e9 \u05e9\u05dc\u05d5\u05dd", "The name", 100)).isNotNull();
    assertThat(checks.ok()).isTrue();

    for (String bad :
        new String[] {"Nul\u0000name", "Bell\u0007", "Esc\u001b[31m", "Del\u007f", "Nel\u0085"}) {
      assertThat(checks.text(bad, "The name", 100)).as(bad).isNull();
    }
    assertThat(checks.problems())
        .hasSize(5)
        .allSatisfy(p -> assertThat(p).startsWith("The name has a control character"));
  }

  /**
   * A name that shows nothing is no name, and one with a direction override would turn the text
   * shown after it around (a variant "Blue\u202e" made "Buy Blue now · $1.50" read backwards).
   */
  @Test
  void aTextThatShowsNothingOrTurnsTheTextAfterItAroundIsRefused() {
    InputChecks checks = new InputChecks();
    for (String nothing :
        new String[] {
          "\u200b", " \u200b\ufeff ", "\u202e", "\u00a0\u2060", "\u3164", "\u2800\ufe0f", "\u115f"
        }) {
      assertThat(checks.text(nothing, "The name", 100)).as(nothing).isNull();
      assertThat(checks.optionalText(nothing, "The tagline", 100)).as(nothing).isNull();
    }
    assertThat(checks.problems()).hasSize(7).allMatch(p -> p.equals("The name is required."));

    InputChecks direction = new InputChecks();
    for (String bad : new String[] {"Blue\u202e", "\u202dX", "a\u2066b\u2069", "\u202bRTL"}) {
      assertThat(direction.text(bad, "The name", 100)).as(bad).isNull();
    }
    assertThat(direction.problems())
        .hasSize(4)
        .allSatisfy(p -> assertThat(p).startsWith("The name has a direction override"));

    // Right-to-left text as it is, its marks and joined emoji are text.
    InputChecks fine = new InputChecks();
    assertThat(fine.text("\u05e9\u05dc\u05d5\u05dd \u200f(2)", "The name", 100)).isNotNull();
    assertThat(
            fine.text("Family \ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67", "The name", 100))
        .isNotNull();
    assertThat(fine.ok()).isTrue();
    assertThat(InputChecks.refusal("x\u202e", "The SKU", 10)).isPresent();
    // In a text long enough to be a block of its own (a body), a writer's embeddings are text.
    assertThat(InputChecks.refusal("\u202bEnglish words\u202c in Hebrew", "The body", 5_000))
        .isEmpty();
    assertThatThrownBy(() -> CatalogText.required("\u200b", "name", 10))
        .hasMessage("The name is required.");
  }

  @Test
  void readsCountsFromZeroToTheLimit() {
    InputChecks checks = new InputChecks();
    assertThat(checks.count("0", "Stock", 10)).isZero();
    assertThat(checks.count("10", "Stock", 10)).isEqualTo(10);
    assertThat(checks.count("-1", "Stock", 10)).isNull();
    assertThat(checks.count("11", "Stock", 10)).isNull();
    assertThat(checks.count("1.5", "Stock", 10)).isNull();
    assertThat(checks.count("99999999999999", "Stock", 10)).isNull();
    assertThat(checks.problems())
        .containsExactly(
            "Stock cannot be below zero.",
            "Stock is at most 10.",
            "Stock must be a whole number.",
            "Stock must be a whole number.");
  }

  @Test
  void suggestsSlugsFromNames() {
    assertThat(InputChecks.slugFrom("Dark Roast, 1kg")).isEqualTo("dark-roast-1kg");
    assertThat(InputChecks.slugFrom("  Café Crème!! ")).isEqualTo("cafe-creme");
    assertThat(InputChecks.slugFrom("x".repeat(80))).hasSize(60);
    InputChecks checks = new InputChecks();
    assertThat(checks.slug("Bad Slug", "The address")).isNull();
    assertThat(checks.slug("good-slug", "The address")).isEqualTo("good-slug");
    assertThat(checks.problems()).hasSize(1);
  }

  @Test
  void choicesAreIdsOrNothing() {
    InputChecks checks = new InputChecks();
    assertThat(checks.optionalId("", "Category")).isEmpty();
    assertThat(checks.optionalId("12", "Category")).contains(12L);
    assertThat(checks.optionalId("12 OR 1=1", "Category")).isEmpty();
    assertThat(checks.problems()).containsExactly("Category is not one of the choices.");
  }

  @org.junit.jupiter.api.Test
  void aNameWithoutLatinLettersGetsAnAddressNameMadeUp() {
    InputChecks checks = new InputChecks();
    String made = checks.slugOrFrom("", "Книга пробная");
    org.assertj.core.api.Assertions.assertThat(made).matches("item-[0-9a-f]{6}");
    org.assertj.core.api.Assertions.assertThat(checks.slugOrFrom(" ", "Café Crème"))
        .isEqualTo("cafe-creme");
    org.assertj.core.api.Assertions.assertThat(checks.ok()).isTrue();
    checks.slugOrFrom("Not A Slug", "Книга");
    org.assertj.core.api.Assertions.assertThat(checks.ok()).isFalse();
  }
}
