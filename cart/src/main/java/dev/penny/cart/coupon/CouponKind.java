package dev.penny.cart.coupon;

/** How a coupon takes money off. */
public enum CouponKind {
  PERCENT,
  AMOUNT
}
