package dev.penny.cart.coupon;

import dev.penny.cart.pricing.Discount;
import dev.penny.money.Money;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.problem.InvalidInputException;
import dev.penny.platform.problem.ItemNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** A store's coupons, for the admin that manages them and the cart that applies them. */
@ApplicationScoped
public class CouponService {

  public static final int MAX_LISTED = 500;

  private final CouponRepository coupons;
  private final Clock clock;

  @Inject
  public CouponService(CouponRepository coupons, Clock clock) {
    this.coupons = coupons;
    this.clock = clock;
  }

  /** For CDI's proxy only. */
  protected CouponService() {
    this(null, null);
  }

  @Transactional
  public List<Coupon> list() {
    return coupons.all(MAX_LISTED);
  }

  @Transactional
  public Coupon create(CouponTerms terms) {
    if (coupons.byCode(terms.code()).isPresent()) {
      throw new InvalidInputException(
          ErrorCode.INVALID_INPUT,
          List.of("This store already has a coupon " + terms.code() + "."));
    }
    Coupon coupon = new Coupon(terms, clock.instant());
    coupons.add(coupon);
    return coupon;
  }

  /** Ends a coupon: carts that hold it lose the discount; orders placed with it keep theirs. */
  @Transactional
  public void deactivate(long id) {
    coupons
        .find(id)
        .orElseThrow(() -> new ItemNotFoundException(ErrorCode.NOT_FOUND, "No such coupon"))
        .deactivate();
  }

  /** The discount {@code code} gives a cart with {@code subtotal} now, or why it does not. */
  @Transactional
  public Discount discount(String code, Money subtotal) {
    return coupons
        .byCode(code)
        .orElseThrow(CouponRefusedException::unknown)
        .discountFor(subtotal, clock.instant());
  }

  /** Counts a use for an order being placed; refused when the last use went meanwhile. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void redeem(String code) {
    if (!coupons.redeem(code)) {
      throw new CouponRefusedException(
          ErrorCode.COUPON_USED_UP, "That coupon has been used as often as it can be.");
    }
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void giveBack(String code) {
    coupons.unredeem(code);
  }
}
