package dev.penny.cart.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.problem.InvalidInputException;
import org.junit.jupiter.api.Test;

class ShippingAddressTest {

  @Test
  void anAddressInAnyScriptIsTakenAsWritten() {
    ShippingAddress address =
        new ShippingAddress(" Лев Толстой ", "شارع النيل 12", "Zürich", "8001", "ch");
    assertThat(address.name()).isEqualTo("Лев Толстой");
    assertThat(address.line1()).isEqualTo("شارع النيل 12");
    assertThat(address.country()).isEqualTo("CH");
  }

  @Test
  void aLineThatShowsNothingOrTurnsTextAroundIsRefused() {
    assertThatThrownBy(
            () -> new ShippingAddress("Ada", "1 Main St\u202Eevil", "Zürich", "\u200B", "US"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_ADDRESS);
              assertThat(e.problems())
                  .containsExactly(
                      "The address has a direction override (such as U+202E), which would"
                          + " reverse the text after it; write right-to-left text as it is.",
                      "The postcode is required.");
            });
  }

  @Test
  void controlCharactersOverlongLinesAndUnknownCountriesAreRefused() {
    assertThatThrownBy(
            () -> new ShippingAddress("Ada\u0000", "1 Main St", "x".repeat(101), "8001", "XX"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "The name has a control character (such as NUL) that no text shows.",
                        "The city is at most 100 characters.",
                        "Choose a country."));
  }

  @Test
  void anAddressLineIsOneLineAndAnEmailHoldsNoFormatCharacter() {
    assertThatThrownBy(() -> new ShippingAddress("Ada", "1 Main\nSt", "Zürich", "8001", "CH"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems()).containsExactly("The address is one line."));
    assertThatThrownBy(
            () ->
                new OrderPlacement(
                    "a\u202e@example.test", java.util.Optional.empty(), java.util.Optional.empty()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_EMAIL));
    assertThat(
            new OrderPlacement(
                    "Ada@Example.com", java.util.Optional.empty(), java.util.Optional.empty())
                .email())
        .isEqualTo("ada@example.com");
  }
}
