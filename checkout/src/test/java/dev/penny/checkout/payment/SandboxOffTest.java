package dev.penny.checkout.payment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.penny.money.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * With the sandbox off, a test card is refused before anything is stored or sent: the vault, the
 * journal and the acquirer are never reached (here they do not even exist).
 */
class SandboxOffTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4242 4242 4242 4242",
        "4000 0000 0000 0002",
        "4000 0000 0000 9995",
        "4000 0027 6000 3184",
        "4000 0000 0000 0119"
      })
  void testCardsAreRefusedOutsideTheSandbox(String card) {
    PaymentService live =
        new PaymentService(
            null, null, null, new CardAttemptLimiter(CLOCK, 10, 10, 10), CLOCK, false);
    Payment payment =
        new Payment(
            "pay_1",
            "hash",
            "demo-books",
            "order-1001",
            Money.parse("10.00", "USD"),
            Optional.empty(),
            true,
            "http://localhost:8080",
            CLOCK.instant());

    assertThatThrownBy(
            () ->
                live.payWithCard(
                    payment, new CardAttempt(card, "12/30", "123", Optional.empty(), "ip")))
        .hasMessage("test_card_refused");
  }
}
