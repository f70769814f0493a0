package dev.penny.checkout.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.penny.checkout.payment.CrashableAcquirer.Crash;
import dev.penny.checkout.vault.InMemoryVault;
import dev.penny.money.Money;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A charge on file (how Penny charges a tab or tops up a wallet) survives the zone's server dying
 * at any point of it: asked again under its key, or found by the janitor, it is finished from the
 * acquirer's records, and the card is captured exactly once, whatever crashed where and how often.
 * This is the crash harness's finding of 2026-12-02 (charges left "authorized" or answered
 * "declined" after a kill -9, with the acquirer having captured some of them) as a test.
 */
class ChargeOnFileCrashTest {

  private static final Money AMOUNT = Money.parse("12.34", "USD");

  /** Where the zone's server dies during one request. */
  enum CrashPoint {
    NONE,
    AFTER_PAYMENT_RECORDED,
    BEFORE_AUTHORIZATION_ARRIVES,
    AFTER_AUTHORIZATION_DONE,
    BEFORE_CAPTURE_ARRIVES,
    AFTER_CAPTURE_DONE
  }

  // A new zone (records, acquirer, clock) for every example: jqwik runs every try of a property
  // on the same instance of this class.
  private MovableClock clock;
  private InMemoryPaymentRecords records;
  private CrashableAcquirer acquirer;
  private PaymentService payments;

  ChargeOnFileCrashTest() {
    newZone();
  }

  private void newZone() {
    clock = new MovableClock(Instant.parse("2026-12-02T10:00:00Z"));
    records = new InMemoryPaymentRecords(clock);
    acquirer = new CrashableAcquirer();
    InMemoryVault vault = new InMemoryVault(clock);
    vault.save("card_1", "4242 4242 4242 4242", "penny", "shopper-1");
    payments =
        new PaymentService(
            records, vault, acquirer, new CardAttemptLimiter(clock, 10, 10, 10), clock, true);
  }

  @Property(tries = 300)
  void everyTabChargeIsCapturedExactlyOnceWhateverCrashes(
      @ForAll("crashes") List<CrashPoint> crashes, @ForAll boolean janitorRuns) {
    newZone();
    Payment last = chargeLikePenny(new ArrayDeque<>(crashes), janitorRuns);

    assertThat(last.status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(acquirer.count(CrashableAcquirer.Kind.CAPTURE)).isEqualTo(1);
    assertThat(acquirer.capturedMicros()).isEqualTo(AMOUNT.micros());
  }

  @Provide
  Arbitrary<List<CrashPoint>> crashes() {
    return Arbitraries.of(CrashPoint.class).list().ofMaxSize(5);
  }

  @Test
  void aCaptureDoneJustBeforeTheServerDiedIsRecordedNotRepeated() {
    List<CrashPoint> crash = List.of(CrashPoint.AFTER_CAPTURE_DONE);
    Payment last = chargeLikePenny(new ArrayDeque<>(crash), false);

    assertThat(last.status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(last.attempts()).isEqualTo(1);
    assertThat(acquirer.count(CrashableAcquirer.Kind.AUTHORIZE)).isEqualTo(1);
    assertThat(acquirer.count(CrashableAcquirer.Kind.CAPTURE)).isEqualTo(1);
  }

  @Test
  void aChargeRecordedButNeverSentIsSentOnceWhenAskedAgain() {
    payments.create(request("tab-7-c1-p1-a1"));

    PaymentService.ChargeOnFile again = payments.chargeOnFile(request("tab-7-c1-p1-a1"), "card_1");

    assertThat(again.replayed()).isTrue();
    assertThat(again.payment().status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(acquirer.count(CrashableAcquirer.Kind.AUTHORIZE)).isEqualTo(1);
  }

  @Test
  void anAuthorizationTheAcquirerHasNotHeardOfStaysUnknownForItsGraceThenCountsAsDeclined() {
    acquirer.crashBefore(CrashableAcquirer.Kind.AUTHORIZE);
    assertThatThrownBy(() -> payments.chargeOnFile(request("tab-7-c1-p1-a1"), "card_1"))
        .isInstanceOf(Crash.class);

    clock.move(PaymentService.NOT_FOUND_GRACE.minusSeconds(1));
    assertThat(payments.chargeOnFile(request("tab-7-c1-p1-a1"), "card_1").payment().status())
        .isEqualTo(PaymentStatus.UNKNOWN);

    clock.move(Duration.ofSeconds(2));
    Payment answered = payments.chargeOnFile(request("tab-7-c1-p1-a1"), "card_1").payment();
    assertThat(answered.status()).isEqualTo(PaymentStatus.REQUIRES_CARD);
    assertThat(answered.declineCode()).contains("not_received");
    assertThat(acquirer.count(CrashableAcquirer.Kind.AUTHORIZE)).isZero();
  }

  @Test
  void theJanitorCapturesAnApprovedChargeLeftUncaptured() {
    acquirer.crashBefore(CrashableAcquirer.Kind.CAPTURE);
    assertThatThrownBy(() -> payments.chargeOnFile(request("tab-7-c1-p1-a1"), "card_1"))
        .isInstanceOf(Crash.class);
    clock.move(Duration.ofSeconds(5));

    List<String> unfinished = payments.unfinishedFor(Duration.ofSeconds(3));
    assertThat(unfinished).hasSize(1);
    payments.refresh(payments.find(unfinished.get(0)).orElseThrow());

    assertThat(payments.find(unfinished.get(0)).orElseThrow().status())
        .isEqualTo(PaymentStatus.CAPTURED);
    assertThat(payments.unfinishedFor(Duration.ZERO)).isEmpty();
    assertThat(acquirer.count(CrashableAcquirer.Kind.CAPTURE)).isEqualTo(1);
  }

  /**
   * Penny's side of a tab charge: the charge under attempt key 1; a crash or an unsettled answer is
   * asked about again later under the same key; a decline moves on to the next attempt's key. The
   * zone's janitor may run between requests. Each request meets the next crash of {@code crashes}.
   */
  private Payment chargeLikePenny(Deque<CrashPoint> crashes, boolean janitorRuns) {
    int attempt = 1;
    for (int step = 0; step < 40; step++) {
      NewPayment request = request("tab-7-c1-p1-a" + attempt);
      CrashPoint crash = crashes.isEmpty() ? CrashPoint.NONE : crashes.poll();
      try {
        if (crash == CrashPoint.AFTER_PAYMENT_RECORDED
            && records.byReference("penny", request.orderRef()).isEmpty()) {
          payments.create(request);
          throw new Crash();
        }
        arm(crash);
        Payment answer = payments.chargeOnFile(request, "card_1").payment();
        switch (answer.status()) {
          case CAPTURED -> {
            return answer;
          }
          case REQUIRES_CARD -> attempt++;
          default -> clock.move(PaymentService.NOT_FOUND_GRACE.plusSeconds(1));
        }
      } catch (Crash died) {
        clock.move(PaymentService.NOT_FOUND_GRACE.plusSeconds(1));
      }
      if (janitorRuns) {
        runJanitor();
      }
    }
    throw new AssertionError("the charge never finished");
  }

  private void runJanitor() {
    for (String id : payments.unfinishedFor(Duration.ofSeconds(3))) {
      try {
        payments.find(id).ifPresent(payments::refresh);
      } catch (Crash died) {
        return;
      }
    }
  }

  private void arm(CrashPoint crash) {
    switch (crash) {
      case BEFORE_AUTHORIZATION_ARRIVES -> acquirer.crashBefore(CrashableAcquirer.Kind.AUTHORIZE);
      case AFTER_AUTHORIZATION_DONE -> acquirer.crashAfter(CrashableAcquirer.Kind.AUTHORIZE);
      case BEFORE_CAPTURE_ARRIVES -> acquirer.crashBefore(CrashableAcquirer.Kind.CAPTURE);
      case AFTER_CAPTURE_DONE -> acquirer.crashAfter(CrashableAcquirer.Kind.CAPTURE);
      default -> {}
    }
  }

  private static NewPayment request(String key) {
    return new NewPayment(
        "penny", "charge-" + key, AMOUNT, Optional.of("shopper-1"), true, "http://127.0.0.1");
  }

  /** A clock the test moves by hand. */
  static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void move(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
