package dev.penny.cart.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Order numbers per store: 1001, 1002, ... without gaps from rolled-back orders' point of view (the
 * counter row is locked by the placing transaction and rolls back with it). The row is made on a
 * store's first order in a transaction of its own, so two first orders racing make it once.
 */
@ApplicationScoped
public class OrderNumbers {

  static final long FIRST = 1001;

  private final EntityManager em;
  private final OrderCounterMaker maker;

  @Inject
  public OrderNumbers(EntityManager em, OrderCounterMaker maker) {
    this.em = em;
    this.maker = maker;
  }

  /** For CDI's proxy only. */
  protected OrderNumbers() {
    this(null, null);
  }

  /**
   * The next number; must run in the placing transaction, which holds the counter until it ends.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public long next() {
    // Looked for without a lock first: a locking read that finds nothing locks the gap, and the
    // maker's insert (another transaction) would then wait for this one.
    boolean exists =
        !em.createQuery("select c.id from OrderCounter c", Long.class)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (!exists) {
      try {
        maker.make();
      } catch (RuntimeException e) {
        // The unique key on tenant_id refused a second counter: a racing first order made it.
      }
    }
    return locked().orElseThrow().next();
  }

  private Optional<OrderCounter> locked() {
    return em.createQuery("select c from OrderCounter c", OrderCounter.class)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }
}
