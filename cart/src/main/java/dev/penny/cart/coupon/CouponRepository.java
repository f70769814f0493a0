package dev.penny.cart.coupon;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** The current store's coupons (Hibernate filters every query to the store). */
@ApplicationScoped
public class CouponRepository {

  private final EntityManager em;

  @Inject
  public CouponRepository(EntityManager em) {
    this.em = em;
  }

  /** For CDI's proxy only. */
  protected CouponRepository() {
    this.em = null;
  }

  public Optional<Coupon> byCode(String code) {
    return em
        .createQuery("select c from Coupon c where c.code = :code", Coupon.class)
        .setParameter("code", CouponTerms.normalise(code))
        .getResultList()
        .stream()
        .findFirst();
  }

  public Optional<Coupon> find(long id) {
    return em
        .createQuery("select c from Coupon c where c.id = :id", Coupon.class)
        .setParameter("id", id)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** Active coupons first, newest first within each; a store has few, so this is one page. */
  public List<Coupon> all(int limit) {
    return em.createQuery("select c from Coupon c order by c.active desc, c.id desc", Coupon.class)
        .setMaxResults(limit)
        .getResultList();
  }

  public void add(Coupon coupon) {
    em.persist(coupon);
  }

  /**
   * Counts one use of the coupon if it still has one left: a single conditional update, so two
   * orders racing for a coupon's last use cannot both have it.
   */
  public boolean redeem(String code) {
    return em.createQuery(
                "update Coupon c set c.usedCount = c.usedCount + 1 where c.code = :code"
                    + " and c.active = true"
                    + " and (c.usageLimit is null or c.usedCount < c.usageLimit)")
            .setParameter("code", CouponTerms.normalise(code))
            .executeUpdate()
        == 1;
  }

  /** Gives back a use (the order that used it was cancelled before it was paid). */
  public void unredeem(String code) {
    em.createQuery(
            "update Coupon c set c.usedCount = c.usedCount - 1 where c.code = :code"
                + " and c.usedCount > 0")
        .setParameter("code", CouponTerms.normalise(code))
        .executeUpdate();
  }
}
