package dev.penny.cart.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.penny.platform.problem.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CartQuantityTest {

  @Test
  void wholeNumbersFromOneToTheLimitAreQuantities() {
    assertThat(CartQuantity.parse("1", false)).isEqualTo(1);
    assertThat(CartQuantity.parse(" 99 ", false)).isEqualTo(99);
    assertThat(CartQuantity.parse("0", true)).isZero();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "0", "-1", "1.5", "1e2", "100", "99999999999", "+3", "３", " ", "x"})
  void anythingElseIsRefusedWithTheQuantityCode(String text) {
    assertThatThrownBy(() -> CartQuantity.parse(text, false))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).code())
        .isEqualTo("invalid_quantity");
  }

  @Test
  void aGuestTokenIsRandomAndShapedLikeOne() {
    CartOwner.Guest a = CartOwner.newGuest();
    CartOwner.Guest b = CartOwner.newGuest();

    assertThat(a.token()).hasSize(43).isNotEqualTo(b.token());
    assertThat(CartOwner.guest(a.token())).contains(a);
    assertThat(CartOwner.guest("short")).isEmpty();
    assertThat(CartOwner.guest(a.token() + "'")).isEmpty();
    assertThat(CartOwner.guest(null)).isEmpty();
  }
}
