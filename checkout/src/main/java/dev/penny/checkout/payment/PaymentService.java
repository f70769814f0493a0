package dev.penny.checkout.payment;

import dev.penny.checkout.acquirer.Acquirer;
import dev.penny.checkout.acquirer.AcquirerResult;
import dev.penny.checkout.acquirer.AcquirerTimeout;
import dev.penny.checkout.acquirer.CardDetails;
import dev.penny.checkout.acquirer.Outcome;
import dev.penny.checkout.acquirer.SandboxCards;
import dev.penny.checkout.vault.Card;
import dev.penny.checkout.vault.CardCvc;
import dev.penny.checkout.vault.CardExpiry;
import dev.penny.checkout.vault.CardNumber;
import dev.penny.checkout.vault.CardRefusal;
import dev.penny.checkout.vault.CardRefusedException;
import dev.penny.checkout.vault.Vault;
import dev.penny.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The zone's payments: made by a store over the API, paid on the card page, then captured, voided
 * or refunded by the store. Every acquirer request is journaled before it is sent and has a request
 * id derived from the payment (so a repeat is the same request); an authorization that got no
 * answer leaves the payment unknown until {@link #refresh} asks the acquirer.
 */
@ApplicationScoped
public class PaymentService {

  private static final Logger LOG = Logger.getLogger(PaymentService.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();
  static final int MAX_ATTEMPTS = 5;

  /** How long an authorization the acquirer has not heard of may still be on its way. */
  static final Duration NOT_FOUND_GRACE = Duration.ofSeconds(30);

  private final PaymentRecords records;
  private final Vault vault;
  private final Acquirer acquirer;
  private final CardAttemptLimiter limiter;
  private final Clock clock;
  private final boolean sandbox;

  @Inject
  public PaymentService(
      PaymentRecords records,
      Vault vault,
      Acquirer acquirer,
      CardAttemptLimiter limiter,
      Clock clock,
      @ConfigProperty(name = "penny.sandbox", defaultValue = "false") boolean sandbox) {
    this.records = records;
    this.vault = vault;
    this.acquirer = acquirer;
    this.limiter = limiter;
    this.clock = clock;
    this.sandbox = sandbox;
  }

  protected PaymentService() {
    this(null, null, null, null, null, false);
  }

  /** A new payment and its client secret (shown once, to the store, for the card page). */
  public record Created(Payment payment, String clientSecret) {}

  public Created create(NewPayment request) {
    String id = "pay_" + hex(12);
    String secret = "sec_" + hex(24);
    Payment payment =
        records.add(
            new Payment(
                id,
                sha256(secret),
                request.store(),
                request.orderRef(),
                request.amount(),
                request.shopper(),
                request.captureAtOnce(),
                request.frameOrigin(),
                clock.instant()));
    return new Created(payment, secret);
  }

  /**
   * A new client secret for a payment's card page (each showing of the store's payment step gets
   * its own; the previous one stops working).
   */
  public String newSecret(Payment payment) {
    String secret = "sec_" + hex(24);
    records.change(payment.publicId(), p -> p.newSecret(sha256(secret)));
    return secret;
  }

  /** The payment the card page names, if its secret is right; nothing otherwise. */
  public Optional<Payment> forPage(String publicId, String secret) {
    if (publicId == null || secret == null || secret.length() > 100) {
      return Optional.empty();
    }
    String hash = sha256(secret);
    return records.find(publicId).filter(p -> p.secretMatches(hash));
  }

  /** A payment for the store that made it; another store's is not found. */
  public Payment forStore(String publicId, String store) {
    return records
        .find(publicId)
        .filter(p -> p.store().equals(store))
        .orElseThrow(PaymentNotFoundException::new);
  }

  /**
   * Pays with a card typed on the card page: checked (number, expiry, security code, test cards in
   * the sandbox only, attempt limits), stored in the vault, authorized, and captured at once when
   * the payment says so.
   */
  public Payment payWithCard(Payment payment, CardAttempt attempt) {
    if (!payment.status().acceptsCard()) {
      return payment;
    }
    if (payment.attempts() >= MAX_ATTEMPTS) {
      throw new CardRefusedException(CardRefusal.TOO_MANY_ATTEMPTS);
    }
    limiter.attempt(
        attempt.client(), payment.shopper().orElse(payment.publicId()), payment.store());
    YearMonth thisMonth = YearMonth.now(clock.withZone(ZoneOffset.UTC));
    CardNumber number = CardNumber.parse(attempt.number());
    try {
      CardExpiry expiry = CardExpiry.parse(attempt.expiry(), thisMonth);
      CardCvc cvc = CardCvc.parse(attempt.cvc(), number.brand());
      if (!sandbox && SandboxCards.isTestCard(number)) {
        throw new CardRefusedException(CardRefusal.TEST_CARD_IN_LIVE_MODE);
      }
      Card card =
          vault.store(
              number,
              expiry,
              payment.store(),
              payment.shopper(),
              payment.shopper().isPresent() ? attempt.saveConsent() : Optional.empty());
      try {
        return authorize(payment, card, new CardDetails(number, expiry, Optional.of(cvc)), false);
      } finally {
        cvc.wipe();
      }
    } finally {
      number.wipe();
    }
  }

  /** Pays with a saved card of the payment's shopper (no security code: the card is on file). */
  public Payment payWithSavedCard(Payment payment, String token) {
    if (!payment.status().acceptsCard()) {
      return payment;
    }
    Card card =
        vault
            .find(token)
            .filter(Card::saved)
            .filter(c -> c.shopper().isPresent() && c.shopper().equals(payment.shopper()))
            .orElseThrow(PaymentNotFoundException::new);
    return authorizeStored(payment, card, false);
  }

  /** After the 3-D Secure challenge page: authorize again, authenticated, or decline. */
  public Payment completeChallenge(Payment payment, boolean passed) {
    if (payment.status() != PaymentStatus.REQUIRES_CHALLENGE) {
      return payment;
    }
    if (!passed) {
      return records.change(
          payment.publicId(), p -> p.moveTo(PaymentStatus.REQUIRES_CARD, clock.instant()));
    }
    return authorizeStored(
        payment, vault.find(payment.cardToken().orElseThrow()).orElseThrow(), true);
  }

  /** Authorizes with a card in the vault (no security code: it was never kept). */
  private Payment authorizeStored(Payment payment, Card card, boolean authenticated) {
    CardNumber number = vault.open(card);
    try {
      return authorize(
          payment,
          card,
          new CardDetails(number, new CardExpiry(card.expiry()), Optional.empty()),
          authenticated);
    } finally {
      number.wipe();
    }
  }

  private Payment authorize(
      Payment payment, Card card, CardDetails details, boolean authenticated) {
    String requestId = payment.publicId() + "-auth-" + (payment.attempts() + 1);
    Payment sent =
        records.changeAndRequest(
            payment.publicId(),
            p -> p.attempt(card.token(), requestId, clock.instant()),
            requestId,
            "authorize",
            payment.amount());
    AcquirerResult result;
    try {
      result = acquirer.authorize(requestId, details, payment.amount(), authenticated);
    } catch (AcquirerTimeout e) {
      LOG.info(() -> "Authorization " + requestId + " timed out; its outcome will be asked for");
      return sent;
    }
    return settle(payment.publicId(), requestId, result);
  }

  /** Applies an acquirer's answer to an authorization; captures at once when asked to. */
  private Payment settle(String publicId, String requestId, AcquirerResult result) {
    Payment after =
        answered(
            requestId,
            result.outcome().name(),
            publicId,
            p -> {
              switch (result.outcome()) {
                case APPROVED -> p.authorized(result.reference().orElseThrow(), clock.instant());
                case DECLINED ->
                    p.declined(result.declineCode().orElse("declined"), clock.instant());
                case CHALLENGE_REQUIRED ->
                    p.moveTo(PaymentStatus.REQUIRES_CHALLENGE, clock.instant());
                case NOT_FOUND -> p.declined("not_received", clock.instant());
                case UNKNOWN -> {}
              }
            });
    if (result.outcome() == Outcome.APPROVED) {
      // A card the shopper asked to save is saved once it is approved, never when declined.
      after.cardToken().ifPresent(vault::keep);
    }
    if (after.status() == PaymentStatus.AUTHORIZED && after.captureAtOnce()) {
      return capture(after, after.amount());
    }
    return after;
  }

  /**
   * Finishes what a timeout or a crash left half done, from the acquirer's own records and never by
   * sending anything new: an authorization that got no answer is asked about (an acquirer that has
   * not heard of it yet gets {@link #NOT_FOUND_GRACE} before the payment counts as declined, as the
   * request may still be on its way); an approved one that was to be captured at once is captured
   * under its own request id, which the acquirer answers as the first time if it already captured.
   * Other payments are returned as they are.
   */
  public Payment refresh(Payment payment) {
    if (payment.status() == PaymentStatus.AUTHORIZED && payment.captureAtOnce()) {
      return capture(payment, payment.amount());
    }
    if (payment.status() != PaymentStatus.UNKNOWN || payment.pendingRequest().isEmpty()) {
      return payment;
    }
    String requestId = payment.pendingRequest().get();
    AcquirerResult status;
    try {
      status = acquirer.status(requestId);
    } catch (AcquirerTimeout e) {
      return payment;
    }
    if (status.outcome() == Outcome.NOT_FOUND
        && payment.updatedAt().isAfter(clock.instant().minus(NOT_FOUND_GRACE))) {
      return payment;
    }
    return settle(payment.publicId(), requestId, status);
  }

  /** A charge on file, and whether an earlier request under the same key had made it. */
  public record ChargeOnFile(Payment payment, boolean replayed) {}

  /**
   * Charges a saved card at once for {@code request}, whose reference holds the caller's
   * idempotency key: the first request makes the payment; a repeat (after a timeout, or a crash on
   * either side) answers with that same payment, finished where it was left, and never charges the
   * card a second time. Two requests under one key at the very same moment never charge twice
   * either: the payment's row lock lets one send the authorization, and the other is refused with a
   * state conflict (409) to be asked again.
   */
  public ChargeOnFile chargeOnFile(NewPayment request, String cardToken) {
    Optional<Payment> earlier = records.byReference(request.store(), request.orderRef());
    if (earlier.isPresent()) {
      return new ChargeOnFile(chargeAgain(earlier.get(), cardToken), true);
    }
    Payment created;
    try {
      created = create(request).payment();
    } catch (RuntimeException raced) {
      // Another request under the same key made it first (the reference is unique).
      Payment first =
          records.byReference(request.store(), request.orderRef()).orElseThrow(() -> raced);
      return new ChargeOnFile(chargeAgain(first, cardToken), true);
    }
    return new ChargeOnFile(payWithSavedCard(created, cardToken), false);
  }

  /**
   * A charge on file asked for again under its idempotency key: one that a crash stopped after it
   * was recorded and before its authorization left is sent now, for the first time; any other is
   * completed as {@link #refresh} does, never sent a second time.
   */
  private Payment chargeAgain(Payment earlier, String cardToken) {
    if (earlier.status().acceptsCard() && earlier.attempts() == 0) {
      return payWithSavedCard(earlier, cardToken);
    }
    return refresh(earlier);
  }

  /**
   * Records the acquirer's answer and the payment's move in one transaction; when the move is
   * refused (the payment moved on meanwhile), the answer is still recorded on its own, so that the
   * journal shows every answer the acquirer gave.
   */
  private Payment answered(
      String requestId, String outcome, String publicId, Consumer<Payment> change) {
    try {
      return records.answered(requestId, outcome, publicId, change);
    } catch (RuntimeException e) {
      records.answered(requestId, outcome);
      throw e;
    }
  }

  public Payment capture(Payment payment, Money amount) {
    if (payment.status() == PaymentStatus.CAPTURED) {
      return payment;
    }
    if (payment.authorization().isEmpty()) {
      throw new PaymentStateException(payment.status(), PaymentStatus.CAPTURED);
    }
    String requestId = payment.publicId() + "-capture";
    records.request(requestId, payment.publicId(), "capture", amount);
    AcquirerResult result =
        acquirer.capture(requestId, payment.authorization().orElseThrow(), amount);
    if (result.outcome() != Outcome.APPROVED) {
      records.answered(requestId, result.outcome().name());
      throw new PaymentRefusedException(result.declineCode().orElse("capture_failed"));
    }
    return answered(
        requestId,
        result.outcome().name(),
        payment.publicId(),
        p -> {
          // The janitor and the request that authorized may both have captured (the same request
          // id, so the acquirer captured once): the second to record it finds it done.
          if (p.status() != PaymentStatus.CAPTURED) {
            p.captured(amount, clock.instant());
          }
        });
  }

  public Payment voidPayment(Payment payment) {
    if (payment.status() == PaymentStatus.VOIDED) {
      return payment;
    }
    if (payment.status() != PaymentStatus.AUTHORIZED) {
      return records.change(
          payment.publicId(), p -> p.moveTo(PaymentStatus.VOIDED, clock.instant()));
    }
    String requestId = payment.publicId() + "-void";
    records.request(requestId, payment.publicId(), "void", Money.zero(payment.amount().currency()));
    AcquirerResult result =
        acquirer.voidAuthorization(requestId, payment.authorization().orElseThrow());
    if (result.outcome() != Outcome.APPROVED) {
      records.answered(requestId, result.outcome().name());
      throw new PaymentRefusedException(result.declineCode().orElse("void_failed"));
    }
    return answered(
        requestId,
        result.outcome().name(),
        payment.publicId(),
        p -> p.moveTo(PaymentStatus.VOIDED, clock.instant()));
  }

  /** Refunds {@code amount} of what was captured; {@code key} makes a repeat the same refund. */
  public Payment refund(Payment payment, Money amount, String key) {
    if (payment.authorization().isEmpty()) {
      throw new PaymentStateException(payment.status(), PaymentStatus.REFUNDED);
    }
    String requestId = payment.publicId() + "-refund-" + key;
    if (!records.request(requestId, payment.publicId(), "refund", amount)) {
      // The same refund asked again: the first answer again, a refusal included.
      Optional<String> outcome = records.outcome(requestId);
      if (outcome.isPresent() && !outcome.get().equals(Outcome.APPROVED.name())) {
        throw new PaymentRefusedException("refund_failed");
      }
      return records.find(payment.publicId()).orElseThrow();
    }
    AcquirerResult result =
        acquirer.refund(requestId, payment.authorization().orElseThrow(), amount);
    if (result.outcome() != Outcome.APPROVED) {
      records.answered(requestId, result.outcome().name());
      throw new PaymentRefusedException(result.declineCode().orElse("refund_failed"));
    }
    return answered(
        requestId,
        result.outcome().name(),
        payment.publicId(),
        p -> p.refunded(amount, clock.instant()));
  }

  /**
   * Payments left unfinished for longer than {@code age} (an authorization without an answer, or
   * one approved and not yet captured although it was to be at once): the janitor's work list.
   */
  public java.util.List<String> unfinishedFor(Duration age) {
    return records.unfinishedSince(clock.instant().minus(age));
  }

  public Optional<Payment> find(String publicId) {
    return records.find(publicId);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
