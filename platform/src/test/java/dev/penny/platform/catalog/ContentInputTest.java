package dev.penny.platform.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.penny.platform.problem.InvalidInputException;
import java.util.Currency;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentInputTest {

  private static final Currency USD = Currency.getInstance("USD");

  private static ContentInput priced(String price) {
    return new ContentInput("Title", "a-title", "Teaser", "Body", price, "");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.000001", "0.002", "99.999999", "100", "100.000000"})
  void anUnlockCostsUpToWhatAMicroPurchaseMayBe(String price) {
    assertThat(priced(price).toDraft(USD, true).price().toPlainString()).isNotBlank();
  }

  /** An item priced above it was published, and no shopper could unlock it. */
  @ParameterizedTest
  @ValueSource(strings = {"100.000001", "100.01", "1000000.01", "9223372036854.775807"})
  void anUnlockPriceNobodyCouldPayIsRefused(String price) {
    assertThatThrownBy(() -> priced(price).toDraft(USD, true))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("The unlock price is at most 100.00");
  }
}
