package dev.penny.cart.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Order numbers per store: 1001, 1002, ... The store's counter row is locked by the placing
 * transaction (and rolls back with it, so a refused order uses no number). The row is made on a
 * store's first order with {@code INSERT IGNORE}: two first orders racing make it once, without an
 * error and without a second transaction.
 */
@ApplicationScoped
public class OrderNumbers {

  static final long FIRST = 1001;

  private final EntityManager em;

  @Inject
  public OrderNumbers(EntityManager em) {
    this.em = em;
  }

  /** For CDI's proxy only. */
  protected OrderNumbers() {
    this(null);
  }

  /** The next number of store {@code tenantId} (the current store); in the placing transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public long next(long tenantId) {
    em.createNativeQuery("INSERT IGNORE INTO order_counter (tenant_id, last_number) VALUES (?, ?)")
        .setParameter(1, tenantId)
        .setParameter(2, FIRST - 1)
        .executeUpdate();
    return em.createQuery("select c from OrderCounter c", OrderCounter.class)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getSingleResult()
        .next();
  }
}
