package dev.penny.payments.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.money.Money;
import java.util.Currency;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class SettlementFiguresTest {

  private static final Currency USD = Currency.getInstance("USD");

  @Property(tries = 3000)
  void thePayoutAndTheCarryAreExactlyTheNetAndTheCarryIn(
      @ForAll @LongRange(min = 0, max = 100_000_000_000L) long gross,
      @ForAll @LongRange(min = 0, max = 1_000_000_000L) long cardFees,
      @ForAll @LongRange(min = 0, max = 200_000) long ppm,
      @ForAll @LongRange(min = 0, max = 1_000_000_000L) long refunds,
      @ForAll @LongRange(min = -1_000_000_000L, max = 9_999) long carriedIn) {
    SettlementFigures f =
        SettlementFigures.of(
            Money.ofMicros(gross, USD),
            Money.ofMicros(cardFees, USD),
            ppm,
            Money.ofMicros(refunds, USD),
            Money.ofMicros(carriedIn, USD));

    assertThat(f.payout().plus(f.carriedOut())).isEqualTo(f.net().plus(f.carriedIn()));
    assertThat(f.net())
        .isEqualTo(f.gross().minus(f.cardFees()).minus(f.platformFee()).minus(f.refunds()));
    assertThat(f.payout().micros() % 10_000).isZero();
    assertThat(f.payout().isNegative()).isFalse();
    if (f.net().plus(f.carriedIn()).isPositive()) {
      assertThat(f.carriedOut().micros()).isBetween(0L, 9_999L);
    }
  }

  @Test
  void aDayOfSubCentSalesPaysWholeCentsAndCarriesTheRest() {
    SettlementFigures f =
        SettlementFigures.of(
            Money.parse("5.004", USD),
            Money.parse("0.445", USD),
            50_000,
            Money.zero(USD),
            Money.parse("0.003", USD));

    assertThat(f.platformFee()).isEqualTo(Money.parse("0.2502", USD));
    assertThat(f.net()).isEqualTo(Money.parse("4.3088", USD));
    assertThat(f.payout()).isEqualTo(Money.parse("4.31", USD));
    assertThat(f.carriedOut()).isEqualTo(Money.parse("0.0018", USD));
  }
}
