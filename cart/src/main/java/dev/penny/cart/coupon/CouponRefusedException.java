package dev.penny.cart.coupon;

import dev.penny.platform.problem.DomainException;
import dev.penny.platform.problem.ErrorCode;

/** A coupon code that does not apply to this cart now, with the reason a shopper can act on. */
public final class CouponRefusedException extends DomainException {

  private static final long serialVersionUID = 1L;

  CouponRefusedException(ErrorCode code, String message) {
    super(code, message);
  }

  public static CouponRefusedException unknown() {
    return new CouponRefusedException(
        ErrorCode.UNKNOWN_COUPON, "That coupon code is not valid in this store.");
  }
}
