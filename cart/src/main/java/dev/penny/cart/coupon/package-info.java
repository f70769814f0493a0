/**
 * A store's coupons: a percentage or a fixed amount off, with a minimum subtotal, an expiry and a
 * usage limit. Managed in the tenant admin, applied in the cart, redeemed when an order is placed.
 */
package dev.penny.cart.coupon;
