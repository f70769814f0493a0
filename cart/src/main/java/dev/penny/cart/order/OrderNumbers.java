package dev.penny.cart.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Order numbers per store: 1001, 1002, ... One statement takes the next: it makes the store's
 * counter at {@value #FIRST} on its first order or adds one to it, and holds the counter row's
 * exclusive lock until the placing transaction ends (a refused order rolls its number back). An
 * exclusive lock from the start: a shared lock first and an exclusive one after, taken by two
 * orders at once, would deadlock them (the checkout benchmark found that).
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
    em.createNativeQuery(
            "INSERT INTO order_counter (tenant_id, last_number) VALUES (?, ?)"
                + " ON DUPLICATE KEY UPDATE last_number = last_number + 1")
        .setParameter(1, tenantId)
        .setParameter(2, FIRST)
        .executeUpdate();
    return em.createQuery("select c.lastNumber from OrderCounter c", Long.class).getSingleResult();
  }
}
