package dev.penny.cart.cart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/**
 * The current store's carts and their lines. Every query is filtered to the store by Hibernate and
 * reads a {@code tenant_id}-led index (by token, by shopper, lines by cart).
 */
@ApplicationScoped
public class CartRepository {

  private final EntityManager em;

  @Inject
  public CartRepository(EntityManager em) {
    this.em = em;
  }

  /** For CDI's proxy only. */
  protected CartRepository() {
    this.em = null;
  }

  /**
   * The owner's cart, locked for the transaction when it is about to change. The cart is found
   * without a lock first and then locked by its id: a locking read that finds nothing would lock
   * the gap in the index, and two new guests adding at once would deadlock on their inserts.
   */
  public Optional<Cart> find(CartOwner owner, boolean forUpdate) {
    TypedQuery<Long> query;
    if (owner instanceof CartOwner.Shopper shopper) {
      query =
          em.createQuery("select c.id from Cart c where c.shopperSubject = :subject", Long.class)
              .setParameter("subject", shopper.subject());
    } else {
      query =
          em.createQuery(
                  "select c.id from Cart c where c.token = :token and c.shopperSubject is null",
                  Long.class)
              .setParameter("token", ((CartOwner.Guest) owner).token());
    }
    Optional<Long> id = query.getResultStream().findFirst();
    if (id.isEmpty()) {
      return Optional.empty();
    }
    TypedQuery<Cart> cart =
        em.createQuery("select c from Cart c where c.id = :id", Cart.class)
            .setParameter("id", id.get());
    if (forUpdate) {
      cart.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return cart.getResultStream().findFirst();
  }

  public List<CartLine> lines(long cartId) {
    return em.createQuery(
            "select l from CartLine l where l.cartId = :cart order by l.addedAt, l.id",
            CartLine.class)
        .setParameter("cart", cartId)
        .getResultList();
  }

  public long count(long cartId) {
    Long sum =
        em.createQuery("select sum(l.quantity) from CartLine l where l.cartId = :cart", Long.class)
            .setParameter("cart", cartId)
            .getSingleResult();
    return sum == null ? 0 : sum;
  }

  /**
   * The owner's cart just made (by {@link #create}), locked. A locking read sees the latest
   * committed rows, so it finds the cart even when this transaction's snapshot predates it.
   */
  public Cart lockMade(CartOwner owner) {
    TypedQuery<Cart> query;
    if (owner instanceof CartOwner.Shopper shopper) {
      query =
          em.createQuery("select c from Cart c where c.shopperSubject = :subject", Cart.class)
              .setParameter("subject", shopper.subject());
    } else {
      query =
          em.createQuery(
                  "select c from Cart c where c.token = :token and c.shopperSubject is null",
                  Cart.class)
              .setParameter("token", ((CartOwner.Guest) owner).token());
    }
    return query.setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
  }

  /** Makes a cart in a transaction of its own (see {@code CartService}). */
  @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRES_NEW)
  public void create(Cart cart) {
    em.persist(cart);
  }

  public CartLine add(CartLine line) {
    em.persist(line);
    return line;
  }

  public void remove(CartLine line) {
    em.remove(line);
  }

  /** Removes the cart and its lines (a guest cart merged into a shopper's, an ordered cart). */
  public void delete(Cart cart) {
    em.createQuery("delete from CartLine l where l.cartId = :cart")
        .setParameter("cart", cart.id())
        .executeUpdate();
    em.remove(cart);
  }
}
