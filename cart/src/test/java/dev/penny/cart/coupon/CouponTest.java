package dev.penny.cart.coupon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.penny.cart.pricing.Discount;
import dev.penny.money.Money;
import dev.penny.platform.problem.DomainException;
import dev.penny.platform.problem.InvalidInputException;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CouponTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

  private static Money usd(String amount) {
    return Money.parse(amount, USD);
  }

  private static CouponTerms percent(int ppm, String minimum, Instant expires, Integer limit) {
    return new CouponTerms(
        " welcome10 ",
        CouponKind.PERCENT,
        ppm,
        Optional.empty(),
        usd(minimum),
        Optional.ofNullable(expires),
        limit == null ? OptionalInt.empty() : OptionalInt.of(limit));
  }

  @Test
  void aCodeIsKeptInUpperCaseWithoutSpaces() {
    assertThat(percent(100_000, "0", null, null).code()).isEqualTo("WELCOME10");
  }

  @Test
  void aValidCouponGivesItsDiscount() {
    Coupon coupon = new Coupon(percent(100_000, "20.00", null, null), NOW);

    Discount discount = coupon.discountFor(usd("25.00"), NOW);

    assertThat(discount.off(usd("25.00"))).isEqualTo(usd("2.50"));
  }

  @Test
  void eachRefusalHasItsOwnCode() {
    assertThat(refusal(new Coupon(percent(100_000, "20.00", null, null), NOW), usd("19.99")))
        .isEqualTo("coupon_minimum_not_met");
    assertThat(refusal(new Coupon(percent(100_000, "0", NOW, null), NOW), usd("5")))
        .isEqualTo("coupon_expired");
    Coupon inactive = new Coupon(percent(100_000, "0", null, null), NOW);
    inactive.deactivate();
    assertThat(refusal(inactive, usd("5"))).isEqualTo("unknown_coupon");
  }

  @Test
  void termsThatMakeNoSenseAreRefusedTogether() {
    assertThatThrownBy(
            () ->
                new CouponTerms(
                    "x",
                    CouponKind.AMOUNT,
                    0,
                    Optional.of(usd("-1")),
                    usd("-5"),
                    Optional.empty(),
                    OptionalInt.of(0)))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems()).hasSize(4));
    assertThatThrownBy(() -> percent(1_000_001, "0", null, null))
        .isInstanceOf(InvalidInputException.class);
  }

  private static String refusal(Coupon coupon, Money subtotal) {
    try {
      coupon.discountFor(subtotal, NOW);
    } catch (DomainException e) {
      return e.code();
    }
    throw new AssertionError("The coupon applied");
  }

  /** A code is read as the database compares it, so the cart shows the store's code. */
  @Test
  void aCodeIsReadAsTheStoresCodeWhateverItsLookalikeForm() {
    assertThat(CouponTerms.normalise(" welcome10 ")).isEqualTo("WELCOME10");
    assertThat(CouponTerms.normalise("WELCOME10\u200b")).isEqualTo("WELCOME10");
    assertThat(CouponTerms.normalise("\uff37\uff25\uff2c\uff23\uff2f\uff2d\uff25" + "10"))
        .isEqualTo("WELCOME10");
    assertThat(CouponTerms.normalise("WELCOME\uff11\uff10")).isEqualTo("WELCOME10");
    assertThat(CouponTerms.normalise(null)).isEmpty();
  }
}
