package dev.penny.checkout.acquirer;

import dev.penny.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An acquirer that behaves like a real one, for the sandbox: the test cards of {@link
 * SandboxCards}, a configurable latency, a 0.50 minimum, whole minor units only, requests kept by
 * id (the same id is answered as before and never done twice) and, for the timeout card, an
 * authorization that is done but answered with silence: {@link #status} tells what happened. Its
 * records commit on their own (REQUIRES_NEW), as a remote system's would, whatever the caller's
 * transaction does afterwards.
 */
@ApplicationScoped
@jakarta.enterprise.inject.Typed(SandboxAcquirer.class)
public class SandboxAcquirer implements Acquirer {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "vault")
  EntityManager em;

  private final Clock clock;
  private final long latencyMillis;

  @Inject
  public SandboxAcquirer(
      Clock clock,
      @ConfigProperty(name = "penny.sandbox.latency-ms", defaultValue = "0") long latencyMillis) {
    this.clock = clock;
    this.latencyMillis = Math.max(0, latencyMillis);
  }

  protected SandboxAcquirer() {
    this.clock = null;
    this.latencyMillis = 0;
  }

  @Override
  @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = AcquirerTimeout.class)
  public AcquirerResult authorize(
      String requestId, CardDetails card, Money amount, boolean authenticated) {
    pause();
    Optional<SandboxTransaction> earlier = find(requestId);
    if (earlier.isPresent()) {
      return earlier.get().result();
    }
    AcquirerResult result = decide(card, amount, authenticated);
    boolean timesOut =
        SandboxCards.of(card.number()).orElse(null) == SandboxCards.Behaviour.TIMEOUT;
    em.persist(
        new SandboxTransaction(
            requestId,
            SandboxTransaction.Kind.AUTHORIZE,
            result,
            null,
            amount.micros(),
            amount.currency().getCurrencyCode(),
            clock.instant()));
    if (timesOut) {
      em.flush();
      throw new AcquirerTimeout(requestId);
    }
    return result;
  }

  private AcquirerResult decide(CardDetails card, Money amount, boolean authenticated) {
    if (!wholeMinorUnits(amount)) {
      return AcquirerResult.declined("invalid_amount");
    }
    if (belowMinimum(amount)) {
      return AcquirerResult.declined("amount_too_small");
    }
    Optional<SandboxCards.Behaviour> behaviour = SandboxCards.of(card.number());
    if (behaviour.isEmpty()) {
      return AcquirerResult.declined("test_card_required");
    }
    return switch (behaviour.get()) {
      case APPROVE, TIMEOUT -> AcquirerResult.approved(reference("auth"));
      case DECLINE -> AcquirerResult.declined("card_declined");
      case DECLINE_ON_FILE ->
          card.cvc().isPresent() || authenticated
              ? AcquirerResult.approved(reference("auth"))
              : AcquirerResult.declined("card_declined");
      case INSUFFICIENT_FUNDS -> AcquirerResult.declined("insufficient_funds");
      case CHALLENGE ->
          authenticated
              ? AcquirerResult.approved(reference("auth"))
              : AcquirerResult.of(Outcome.CHALLENGE_REQUIRED);
    };
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public AcquirerResult capture(String requestId, String authorization, Money amount) {
    return follow(requestId, SandboxTransaction.Kind.CAPTURE, authorization, amount);
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public AcquirerResult voidAuthorization(String requestId, String authorization) {
    Optional<SandboxTransaction> auth = approvedAuthorization(authorization);
    Money zero =
        auth.map(a -> Money.zero(Money.currency(a.currency())))
            .orElse(Money.zero(Money.currency("USD")));
    return follow(requestId, SandboxTransaction.Kind.VOID, authorization, zero);
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public AcquirerResult refund(String requestId, String authorization, Money amount) {
    return follow(requestId, SandboxTransaction.Kind.REFUND, authorization, amount);
  }

  /** A capture, void or refund of an approved authorization, within what it allows. */
  private AcquirerResult follow(
      String requestId, SandboxTransaction.Kind kind, String authorization, Money amount) {
    pause();
    Optional<SandboxTransaction> earlier = find(requestId);
    if (earlier.isPresent()) {
      return earlier.get().result();
    }
    AcquirerResult result = decideFollowUp(kind, authorization, amount);
    em.persist(
        new SandboxTransaction(
            requestId,
            kind,
            result,
            authorization,
            amount.micros(),
            amount.currency().getCurrencyCode(),
            clock.instant()));
    return result;
  }

  private AcquirerResult decideFollowUp(
      SandboxTransaction.Kind kind, String authorization, Money amount) {
    Optional<SandboxTransaction> auth = approvedAuthorization(authorization);
    if (auth.isEmpty()) {
      return AcquirerResult.declined("no_such_authorization");
    }
    if (!wholeMinorUnits(amount) || amount.isNegative()) {
      return AcquirerResult.declined("invalid_amount");
    }
    List<SandboxTransaction> after = followUps(authorization);
    long captured = sum(after, SandboxTransaction.Kind.CAPTURE);
    long refunded = sum(after, SandboxTransaction.Kind.REFUND);
    boolean voided =
        !after.stream().filter(t -> t.kind() == SandboxTransaction.Kind.VOID).toList().isEmpty();
    return switch (kind) {
      case CAPTURE ->
          voided
                  || captured > 0
                  || amount.micros() > auth.get().amountMicros()
                  || !amount.isPositive()
              ? AcquirerResult.declined("capture_not_allowed")
              : AcquirerResult.approved(reference("cap"));
      case VOID ->
          voided || captured > 0
              ? AcquirerResult.declined("void_not_allowed")
              : AcquirerResult.approved(reference("void"));
      case REFUND ->
          !amount.isPositive() || amount.micros() > captured - refunded
              ? AcquirerResult.declined("refund_exceeds_capture")
              : AcquirerResult.approved(reference("ref"));
      case AUTHORIZE -> throw new IllegalArgumentException("not a follow-up");
    };
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public AcquirerResult status(String requestId) {
    pause();
    return find(requestId)
        .map(SandboxTransaction::result)
        .orElse(AcquirerResult.of(Outcome.NOT_FOUND));
  }

  /** What the sandbox captured (and refunded, negative) on {@code day}, UTC, for the file. */
  @Transactional
  public List<SandboxTransaction> settled(LocalDate day) {
    return em.createQuery(
            "select t from SandboxTransaction t where t.createdAt >= :from and t.createdAt < :to"
                + " and t.outcome = :approved and t.kind in :kinds order by t.id",
            SandboxTransaction.class)
        .setParameter("from", day.atStartOfDay(ZoneOffset.UTC).toInstant())
        .setParameter("to", day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
        .setParameter("approved", Outcome.APPROVED)
        .setParameter(
            "kinds", List.of(SandboxTransaction.Kind.CAPTURE, SandboxTransaction.Kind.REFUND))
        .getResultList();
  }

  private Optional<SandboxTransaction> find(String requestId) {
    return em
        .createQuery(
            "select t from SandboxTransaction t where t.requestId = :id", SandboxTransaction.class)
        .setParameter("id", requestId)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  private Optional<SandboxTransaction> approvedAuthorization(String reference) {
    return em
        .createQuery(
            "select t from SandboxTransaction t where t.reference = :ref and t.kind = :kind"
                + " and t.outcome = :approved",
            SandboxTransaction.class)
        .setParameter("ref", reference)
        .setParameter("kind", SandboxTransaction.Kind.AUTHORIZE)
        .setParameter("approved", Outcome.APPROVED)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  private List<SandboxTransaction> followUps(String authorization) {
    return em.createQuery(
            "select t from SandboxTransaction t where t.authorization = :auth and t.outcome = :ok",
            SandboxTransaction.class)
        .setParameter("auth", authorization)
        .setParameter("ok", Outcome.APPROVED)
        .getResultList();
  }

  private static long sum(List<SandboxTransaction> list, SandboxTransaction.Kind kind) {
    return list.stream()
        .filter(t -> t.kind() == kind)
        .mapToLong(SandboxTransaction::amountMicros)
        .sum();
  }

  static boolean wholeMinorUnits(Money amount) {
    return amount.toMinorUnitsRoundingDown().remainder().isZero();
  }

  /** Below 0.50 of the currency (50 units of one without decimals, such as JPY). */
  static boolean belowMinimum(Money amount) {
    BigDecimal minimum =
        amount.currency().getDefaultFractionDigits() == 0
            ? BigDecimal.valueOf(50)
            : new BigDecimal("0.50");
    return amount.toDecimal().compareTo(minimum) < 0;
  }

  private static String reference(String prefix) {
    byte[] bytes = new byte[10];
    RANDOM.nextBytes(bytes);
    return prefix + "_" + HexFormat.of().formatHex(bytes);
  }

  private void pause() {
    if (latencyMillis > 0) {
      try {
        Thread.sleep(latencyMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
