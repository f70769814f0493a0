package dev.penny.checkout.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaymentStatusTest {

  @Test
  void anAuthorizationIsSentFromUnknownAndAnsweredFromThere() {
    assertThat(PaymentStatus.REQUIRES_CARD.canBecome(PaymentStatus.UNKNOWN)).isTrue();
    assertThat(PaymentStatus.REQUIRES_CARD.canBecome(PaymentStatus.AUTHORIZED)).isFalse();
    assertThat(PaymentStatus.UNKNOWN.canBecome(PaymentStatus.AUTHORIZED)).isTrue();
    assertThat(PaymentStatus.UNKNOWN.canBecome(PaymentStatus.REQUIRES_CARD)).isTrue();
    assertThat(PaymentStatus.UNKNOWN.canBecome(PaymentStatus.CAPTURED)).isFalse();
  }

  @Test
  void endedPaymentsGoNowhere() {
    for (PaymentStatus next : PaymentStatus.values()) {
      assertThat(PaymentStatus.VOIDED.canBecome(next)).isFalse();
      assertThat(PaymentStatus.REFUNDED.canBecome(next)).isFalse();
      assertThat(PaymentStatus.FAILED.canBecome(next)).isFalse();
    }
    assertThat(PaymentStatus.CAPTURED.canBecome(PaymentStatus.VOIDED)).isFalse();
  }

  @Test
  void theLimiterRefusesTheAttemptOverAnyLimit() {
    java.time.Clock clock =
        java.time.Clock.fixed(
            java.time.Instant.parse("2026-12-01T10:00:00Z"), java.time.ZoneOffset.UTC);
    CardAttemptLimiter limiter = new CardAttemptLimiter(clock, 3, 100, 100);
    limiter.attempt("ip", "a", "s");
    limiter.attempt("ip", "b", "s");
    limiter.attempt("ip", "c", "s");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> limiter.attempt("ip", "d", "s"))
        .hasMessage("too_many_card_attempts");
    limiter.attempt("other-ip", "e", "s");
  }
}
