package dev.penny.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The current store's outgoing mail. A message is queued in the caller's transaction, so it exists
 * exactly when what it reports (an order paid, a refund) was committed; {@link MailSender} sends it
 * afterwards.
 */
@ApplicationScoped
public class MailOutbox {

  private final EntityManager em;
  private final Clock clock;

  @Inject
  public MailOutbox(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  protected MailOutbox() {
    this(null, null);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void queue(String to, String fromName, String subject, String body) {
    em.persist(new OutboundMail(to, fromName, subject, body, clock.instant()));
  }

  /** A queued message of some store: its id and its store's. */
  public record Queued(long id, long tenantId) {}

  /** Unsent messages of every store: only inside {@code TenantScope.acrossTenants}. */
  @Transactional
  public List<Queued> unsentAcrossTenants(int limit) {
    return em.createQuery(
            "select new dev.penny.platform.mail.MailOutbox$Queued(m.id, m.tenantId)"
                + " from OutboundMail m where m.sentAt is null and m.attempts < :max order by m.id",
            Queued.class)
        .setParameter("max", OutboundMail.MAX_ATTEMPTS)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The current store's message {@code id}, if it is the store's. */
  @Transactional
  public java.util.Optional<OutboundMail> find(long id) {
    return em
        .createQuery("select m from OutboundMail m where m.id = :id", OutboundMail.class)
        .setParameter("id", id)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** The current store's messages to {@code address}, newest first (a shopper's receipts). */
  @Transactional
  public List<OutboundMail> to(String address, int limit) {
    return em.createQuery(
            "select m from OutboundMail m where m.to = :to order by m.id desc", OutboundMail.class)
        .setParameter("to", address)
        .setMaxResults(limit)
        .getResultList();
  }

  @Transactional
  public void markSent(long id) {
    find(id).ifPresent(m -> m.sent(clock.instant()));
  }

  @Transactional
  public void markFailed(long id, String error) {
    find(id).ifPresent(m -> m.failed(error));
  }
}
