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
   * The owner's cart, locked for the transaction when it is about to change. (Transactions read
   * committed data, so a locking read that finds nothing takes no gap lock: new carts made at once
   * do not wait on each other.)
   */
  public Optional<Cart> find(CartOwner owner, boolean forUpdate) {
    TypedQuery<Cart> query = byOwner(owner);
    if (forUpdate) {
      query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return query.getResultList().stream().findFirst();
  }

  /** The owner's cart just made (by {@link #createIfAbsent}), locked. */
  public Cart lockMade(CartOwner owner) {
    return byOwner(owner).setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
  }

  private TypedQuery<Cart> byOwner(CartOwner owner) {
    if (owner instanceof CartOwner.Shopper shopper) {
      return em.createQuery("select c from Cart c where c.shopperSubject = :subject", Cart.class)
          .setParameter("subject", shopper.subject());
    }
    return em.createQuery(
            "select c from Cart c where c.token = :token and c.shopperSubject is null", Cart.class)
        .setParameter("token", ((CartOwner.Guest) owner).token());
  }

  /**
   * Makes the owner's cart unless it exists, in the caller's transaction and without an error when
   * another request made it at the same moment: the unique key on the token or the shopper decides,
   * and the loser's no-op update takes the row's exclusive lock at once (an {@code INSERT IGNORE}
   * would take a shared lock first, and two requests upgrading theirs would deadlock). Native SQL,
   * so the store is named here: {@code tenantId} is the current store's.
   */
  public void createIfAbsent(
      long tenantId, String token, Optional<String> shopperSubject, java.time.Instant now) {
    em.createNativeQuery(
            "INSERT INTO cart (tenant_id, token, shopper_subject, created_at, updated_at, version)"
                + " VALUES (?, ?, ?, ?, ?, 0) ON DUPLICATE KEY UPDATE updated_at = updated_at")
        .setParameter(1, tenantId)
        .setParameter(2, token)
        .setParameter(3, shopperSubject.orElse(null))
        .setParameter(4, java.sql.Timestamp.from(now))
        .setParameter(5, java.sql.Timestamp.from(now))
        .executeUpdate();
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
