package dev.penny.payments.purchase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The current store's micro-purchases (Hibernate adds the store to every query): one by id, the
 * store's list and a shopper's, newest first by keyset, and whether a shopper holds an item. Each
 * read runs in a transaction: the container's EntityManager is not safe to share across threads
 * outside one (found by LedgerIT's concurrent replays).
 */
@ApplicationScoped
@Transactional
public class Purchases {

  private final EntityManager em;
  private final Clock clock;

  @Inject
  public Purchases(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  protected Purchases() {
    this(null, null);
  }

  public Optional<MicroPurchase> find(long id) {
    return Optional.ofNullable(em.find(MicroPurchase.class, id));
  }

  /** The store's purchases older than {@code beforeId} (0: the newest). */
  public List<MicroPurchase> ofStore(long beforeId, int limit) {
    return em.createQuery(
            "select p from MicroPurchase p where p.id < :before order by p.id desc",
            MicroPurchase.class)
        .setParameter("before", beforeId <= 0 ? Long.MAX_VALUE : beforeId)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The store's purchases of one kind older than {@code beforeId} (0: the newest). */
  public List<MicroPurchase> ofStore(PurchaseKind kind, long beforeId, int limit) {
    return em.createQuery(
            "select p from MicroPurchase p where p.kind = :kind and p.id < :before"
                + " order by p.id desc",
            MicroPurchase.class)
        .setParameter("kind", kind)
        .setParameter("before", beforeId <= 0 ? Long.MAX_VALUE : beforeId)
        .setMaxResults(limit)
        .getResultList();
  }

  public List<MicroPurchase> ofShopper(String shopper, long beforeId, int limit) {
    return em.createQuery(
            "select p from MicroPurchase p where p.shopper = :shopper and p.id < :before"
                + " order by p.id desc",
            MicroPurchase.class)
        .setParameter("shopper", shopper)
        .setParameter("before", beforeId <= 0 ? Long.MAX_VALUE : beforeId)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The store's micro-purchases per day (UTC) since {@code since}, voided ones left out. */
  public List<MicroRevenue.Day> dailySince(Instant since) {
    return em
        .createQuery(
            "select cast(p.createdAt as LocalDate), count(p), sum(p.amountMicros)"
                + " from MicroPurchase p where p.createdAt >= :since and p.status = 'ACTIVE'"
                + " group by cast(p.createdAt as LocalDate)",
            Object[].class)
        .setParameter("since", since)
        .getResultList()
        .stream()
        .map(
            r ->
                new MicroRevenue.Day(
                    (LocalDate) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue()))
        .toList();
  }

  /**
   * The content items that made the most since {@code since} (unlocks and passes; voided ones left
   * out), by amount and then by count.
   */
  public List<MicroRevenue.Content> topContentSince(Instant since, int limit) {
    return em
        .createQuery(
            "select p.itemId, max(p.itemTitle), count(p), sum(p.amountMicros)"
                + " from MicroPurchase p where p.createdAt >= :since and p.status = 'ACTIVE'"
                + " and p.kind = dev.penny.payments.purchase.PurchaseKind.UNLOCK"
                + " group by p.itemId order by sum(p.amountMicros) desc, count(p) desc",
            Object[].class)
        .setParameter("since", since)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(
            r ->
                new MicroRevenue.Content(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue()))
        .toList();
  }

  /** Whether the shopper may read the content item now (an unlock not voided, not expired). */
  public boolean holds(String shopper, long contentId) {
    return holding(shopper, contentId).isPresent();
  }

  /** The unlock by which the shopper may read the content item now, if any. */
  public Optional<MicroPurchase> holding(String shopper, long contentId) {
    return em
        .createQuery(
            "select p from MicroPurchase p where p.shopper = :shopper"
                + " and p.kind = dev.penny.payments.purchase.PurchaseKind.UNLOCK"
                + " and p.itemId = :item and p.status = 'ACTIVE'"
                + " and (p.expiresAt is null or p.expiresAt > :now) order by p.id",
            MicroPurchase.class)
        .setParameter("shopper", shopper)
        .setParameter("item", contentId)
        .setParameter("now", clock.instant())
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }
}
