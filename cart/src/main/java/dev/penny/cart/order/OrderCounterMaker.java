package dev.penny.cart.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Makes a store's order counter, in a transaction of its own (see {@link OrderNumbers}). */
@ApplicationScoped
public class OrderCounterMaker {

  private final EntityManager em;

  @Inject
  public OrderCounterMaker(EntityManager em) {
    this.em = em;
  }

  /** For CDI's proxy only. */
  protected OrderCounterMaker() {
    this.em = null;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void make() {
    em.persist(OrderCounter.startingAt(OrderNumbers.FIRST - 1));
  }
}
