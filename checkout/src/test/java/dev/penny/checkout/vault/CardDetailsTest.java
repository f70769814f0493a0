package dev.penny.checkout.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardDetailsTest {

  private static final YearMonth NOW = YearMonth.of(2026, 12);

  @Test
  void aTypedNumberIsCheckedAndNeverPrinted() {
    CardNumber number = CardNumber.parse("4242 4242-4242 4242");

    assertThat(number.brand()).isEqualTo(CardBrand.VISA);
    assertThat(number.lastFour()).isEqualTo("4242");
    assertThat(number.toString()).isEqualTo("•••• 4242").doesNotContain("42424242");
    assertThat(CardNumber.parse("5555555555554444").brand()).isEqualTo(CardBrand.MASTERCARD);
    assertThat(CardNumber.parse("378282246310005").brand()).isEqualTo(CardBrand.AMEX);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"4242424242424241", "4242", "", "4242x4242424242424", "42424242424242424242424"})
  void aNumberThatFailsLuhnOrShapeIsRefused(String typed) {
    assertThatThrownBy(() -> CardNumber.parse(typed))
        .isInstanceOf(CardRefusedException.class)
        .hasMessage("card_number_invalid")
        .hasMessageNotContaining(typed.isEmpty() ? "x" : typed);
  }

  @Test
  void anExpiryIsValidThroughTheEndOfItsMonth() {
    assertThat(CardExpiry.parse("12/26", NOW).month()).isEqualTo(NOW);
    assertThat(CardExpiry.parse("01 / 2030", NOW).month()).isEqualTo(YearMonth.of(2030, 1));
    assertThatThrownBy(() -> CardExpiry.parse("11/26", NOW)).hasMessage("card_expired");
    assertThatThrownBy(() -> CardExpiry.parse("13/27", NOW)).hasMessage("card_expiry_invalid");
    assertThatThrownBy(() -> CardExpiry.parse("12/99", NOW)).hasMessage("card_expiry_invalid");
  }

  @Test
  void theSecurityCodeHasItsBrandsLength() {
    assertThat(CardCvc.parse("123", CardBrand.VISA).toString()).isEqualTo("•••");
    CardCvc.parse("1234", CardBrand.AMEX);
    assertThatThrownBy(() -> CardCvc.parse("1234", CardBrand.VISA)).hasMessage("card_cvc_invalid");
    assertThatThrownBy(() -> CardCvc.parse("12", CardBrand.VISA)).hasMessage("card_cvc_invalid");
    assertThatThrownBy(() -> CardCvc.parse("12a", CardBrand.VISA)).hasMessage("card_cvc_invalid");
  }
}
