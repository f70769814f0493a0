package dev.penny.checkout.payment;

import dev.penny.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The payments table, each change in a transaction of its own that commits before the next acquirer
 * request leaves: what was sent is known after any crash.
 */
@ApplicationScoped
public class PaymentRecords {

  @PersistenceContext(unitName = "vault")
  EntityManager em;

  private final Clock clock;

  @Inject
  public PaymentRecords(Clock clock) {
    this.clock = clock;
  }

  protected PaymentRecords() {
    this(null);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Payment add(Payment payment) {
    em.persist(payment);
    return payment;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Payment> find(String publicId) {
    return em
        .createQuery("select p from Payment p where p.publicId = :id", Payment.class)
        .setParameter("id", publicId)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Payment> byReference(String store, String orderRef) {
    return em
        .createQuery(
            "select p from Payment p where p.store = :store and p.orderRef = :ref", Payment.class)
        .setParameter("store", store)
        .setParameter("ref", orderRef)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** Applies {@code change} to the locked payment and commits; the payment as it is after. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Payment change(String publicId, Consumer<Payment> change) {
    return changeLocked(publicId, change);
  }

  /**
   * Applies {@code change} to the locked payment and records the acquirer request about to be sent
   * for it, in one transaction that commits before the request leaves: the payment as it is after.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Payment changeAndRequest(
      String publicId, Consumer<Payment> change, String requestId, String kind, Money amount) {
    Payment payment = changeLocked(publicId, change);
    recordRequest(requestId, publicId, kind, amount);
    return payment;
  }

  /**
   * Applies {@code change} to the locked payment and records the acquirer's answer to its request,
   * in one transaction (locked in the order every change takes: the payment first): the payment as
   * it is after.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Payment answered(
      String requestId, String outcome, String publicId, Consumer<Payment> change) {
    Payment payment = changeLocked(publicId, change);
    recordAnswer(requestId, outcome);
    return payment;
  }

  private Payment changeLocked(String publicId, Consumer<Payment> change) {
    Payment payment =
        em
            .createQuery("select p from Payment p where p.publicId = :id", Payment.class)
            .setParameter("id", publicId)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .setMaxResults(1)
            .getResultList()
            .stream()
            .findFirst()
            .orElseThrow(() -> new PaymentNotFoundException());
    change.accept(payment);
    return payment;
  }

  /**
   * Payments last changed before {@code before} and not finished: an authorization sent and not
   * answered, or one approved and not captured although the payment was to be captured at once.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<String> unfinishedSince(Instant before) {
    return em.createQuery(
            "select p.publicId from Payment p where (p.status = :unknown"
                + " or (p.status = :authorized and p.captureAtOnce = true))"
                + " and p.updatedAt < :before order by p.updatedAt",
            String.class)
        .setParameter("unknown", PaymentStatus.UNKNOWN)
        .setParameter("authorized", PaymentStatus.AUTHORIZED)
        .setParameter("before", before)
        .setMaxResults(100)
        .getResultList();
  }

  /** Records an acquirer request before it is sent; false if that id was recorded already. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean request(String requestId, String paymentId, String kind, Money amount) {
    return recordRequest(requestId, paymentId, kind, amount);
  }

  private boolean recordRequest(String requestId, String paymentId, String kind, Money amount) {
    boolean known =
        !em.createQuery("select r.id from PaymentRequest r where r.requestId = :id", Long.class)
            .setParameter("id", requestId)
            .getResultList()
            .isEmpty();
    if (known) {
      return false;
    }
    em.persist(new PaymentRequest(requestId, paymentId, kind, amount, clock.instant()));
    return true;
  }

  /** The recorded answer to a request, if it got one. */
  @Transactional
  public Optional<String> outcome(String requestId) {
    return em
        .createQuery("select r.outcome from PaymentRequest r where r.requestId = :id", String.class)
        .setParameter("id", requestId)
        .getResultList()
        .stream()
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void answered(String requestId, String outcome) {
    recordAnswer(requestId, outcome);
  }

  private void recordAnswer(String requestId, String outcome) {
    em.createQuery("update PaymentRequest r set r.outcome = :o where r.requestId = :id")
        .setParameter("o", outcome)
        .setParameter("id", requestId)
        .executeUpdate();
  }

  Instant now() {
    return clock.instant();
  }
}
