package dev.penny.cart.order;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an order is, and where it may go from there: the one table of transitions every change is
 * checked against. Partial refunds leave an order where it is (paid or fulfilled) with its refunded
 * amount growing; a full refund makes it refunded.
 */
public enum OrderStatus {
  /** Placed, stock taken, payment not yet confirmed. */
  PENDING,
  /** Paid (the card authorized; digital goods captured at once). */
  PAID,
  /** Shipped or delivered; the card captured. */
  FULFILLED,
  /** Ended before fulfilment: stock back, authorization voided or payment refunded. */
  CANCELLED,
  /** Every paid unit refunded. */
  REFUNDED;

  private static final Map<OrderStatus, Set<OrderStatus>> NEXT =
      Map.of(
          PENDING, EnumSet.of(PAID, CANCELLED),
          PAID, EnumSet.of(FULFILLED, CANCELLED, REFUNDED),
          FULFILLED, EnumSet.of(REFUNDED),
          CANCELLED, EnumSet.noneOf(OrderStatus.class),
          REFUNDED, EnumSet.noneOf(OrderStatus.class));

  public boolean canBecome(OrderStatus next) {
    return NEXT.get(this).contains(next);
  }

  /** Whether money was taken for the order and may be refunded. */
  public boolean refundable() {
    return this == PAID || this == FULFILLED;
  }

  public String label() {
    return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
  }
}
