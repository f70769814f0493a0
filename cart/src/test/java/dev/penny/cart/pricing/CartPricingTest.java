package dev.penny.cart.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.money.Money;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class CartPricingTest {

  private static final Currency USD = Currency.getInstance("USD");

  private static Money usd(String amount) {
    return Money.parse(amount, USD);
  }

  @Test
  void taxIsChargedOnTheDiscountedSubtotalPlusShipping() {
    CartTotals totals =
        CartPricing.price(
            USD,
            List.of(new LinePrice(usd("12.50"), 2), new LinePrice(usd("3.99"), 1)),
            Optional.of(new Discount.Percent(100_000)),
            Optional.of(usd("4.95")),
            80_000);

    assertThat(totals.subtotal()).isEqualTo(usd("28.99"));
    assertThat(totals.discount()).isEqualTo(usd("2.89"));
    assertThat(totals.shipping()).isEqualTo(usd("4.95"));
    assertThat(totals.tax()).isEqualTo(usd("2.48"));
    assertThat(totals.total()).isEqualTo(usd("33.53"));
  }

  @Test
  void aFixedDiscountNeverTakesMoreThanTheSubtotal() {
    CartTotals totals =
        CartPricing.price(
            USD,
            List.of(new LinePrice(usd("3.00"), 1)),
            Optional.of(new Discount.Amount(usd("10.00"))),
            Optional.of(usd("5.00")),
            0);

    assertThat(totals.discount()).isEqualTo(usd("3.00"));
    assertThat(totals.total()).isEqualTo(usd("5.00"));
  }

  @Test
  void subCentPricesStayExact() {
    CartTotals totals =
        CartPricing.price(
            USD, List.of(new LinePrice(usd("0.002"), 7)), Optional.empty(), Optional.empty(), 0);

    assertThat(totals.total()).isEqualTo(usd("0.014"));
  }

  /** The card is charged whole cents, half up, and the pages say so when it differs. */
  @Test
  void aSubCentTotalIsChargedInWholeCentsHalfUp() {
    CartTotals up =
        CartPricing.price(
            USD,
            List.of(new LinePrice(usd("21.70"), 1)),
            Optional.empty(),
            Optional.of(usd("0.009")),
            0);
    CartTotals down =
        CartPricing.price(
            USD, List.of(new LinePrice(usd("5.393"), 1)), Optional.empty(), Optional.empty(), 0);
    CartTotals whole =
        CartPricing.price(
            USD, List.of(new LinePrice(usd("0.25"), 2)), Optional.empty(), Optional.empty(), 0);

    assertThat(up.total()).isEqualTo(usd("21.709"));
    assertThat(up.charged()).isEqualTo(usd("21.71"));
    assertThat(up.roundedForCard()).isTrue();
    assertThat(down.charged()).isEqualTo(usd("5.39"));
    assertThat(down.roundedForCard()).isTrue();
    assertThat(whole.charged()).isEqualTo(usd("0.50"));
    assertThat(whole.roundedForCard()).isFalse();
  }

  @Test
  void anEmptyCartCostsNothing() {
    CartTotals totals = CartPricing.price(USD, List.of(), Optional.empty(), Optional.empty(), 0);

    assertThat(totals.total().isZero()).isTrue();
  }

  record Line(long micros, int quantity) {}

  @Provide
  Arbitrary<List<Line>> lines() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 10_000_000_000L), Arbitraries.integers().between(1, 99))
        .as(Line::new)
        .list()
        .ofMaxSize(50);
  }

  @Provide
  Arbitrary<Optional<Discount>> discounts() {
    return Arbitraries.oneOf(
        Arbitraries.just(Optional.empty()),
        Arbitraries.integers().between(1, 1_000_000).map(p -> Optional.of(new Discount.Percent(p))),
        Arbitraries.longs()
            .between(1, 100_000_000_000L)
            .map(m -> Optional.of(new Discount.Amount(Money.ofMicros(m, USD)))));
  }

  @Property(tries = 500)
  void theTotalIsExactlyItsParts(
      @ForAll("lines") List<Line> lines,
      @ForAll("discounts") Optional<Discount> discount,
      @ForAll @LongRange(min = 0, max = 100_000_000) long shippingMicros,
      @ForAll @IntRange(min = 0, max = 1_000_000) int taxPpm) {
    List<LinePrice> prices =
        lines.stream()
            .map(l -> new LinePrice(Money.ofMicros(l.micros(), USD), l.quantity()))
            .toList();
    CartTotals t =
        CartPricing.price(
            USD, prices, discount, Optional.of(Money.ofMicros(shippingMicros, USD)), taxPpm);

    long subtotal = lines.stream().mapToLong(l -> l.micros() * l.quantity()).sum();
    assertThat(t.subtotal().micros()).isEqualTo(subtotal);
    assertThat(t.discount().micros()).isBetween(0L, subtotal);
    assertThat(t.total())
        .isEqualTo(t.subtotal().minus(t.discount()).plus(t.shipping()).plus(t.tax()));
    long taxable = subtotal - t.discount().micros() + shippingMicros;
    java.math.BigDecimal exactTax =
        java.math.BigDecimal.valueOf(taxable)
            .multiply(java.math.BigDecimal.valueOf(taxPpm))
            .movePointLeft(6);
    assertThat(exactTax.subtract(java.math.BigDecimal.valueOf(t.tax().micros())).abs())
        .isLessThanOrEqualTo(new java.math.BigDecimal("5000"));
    assertThat(t.tax().micros() % 10_000).isZero();
  }
}
