package dev.penny.cart.order;

import dev.penny.platform.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;

/**
 * Orders placed and never paid hold stock: after a while they are cancelled (stock back, payment
 * closed at the zone). Before that, and before cancelling, the zone is asked whether the card was
 * approved after all (a shopper who paid and closed the browser before the order page came back).
 * The orders are found across stores through the named seam, then each is cancelled in its own
 * store's scope and transaction.
 */
@ApplicationScoped
public class UnpaidOrders {

  private static final Logger LOG = Logger.getLogger(UnpaidOrders.class.getName());

  private final OrderService orders;
  private final Clock clock;

  @Inject
  public UnpaidOrders(OrderService orders, Clock clock) {
    this.orders = orders;
    this.clock = clock;
  }

  protected UnpaidOrders() {
    this(null, null);
  }

  /**
   * Asks the zone about orders still pending {@code age} after they were placed: one whose card was
   * approved (the shopper's browser never came back to the order page) becomes paid, with its
   * receipt; how many did.
   */
  public int confirmPaidOlderThan(Duration age) {
    int paid = 0;
    for (OrderRepository.StoreOrderRef ref : pendingBefore(age)) {
      if (confirmed(ref)) {
        paid++;
      }
    }
    return paid;
  }

  /**
   * Cancels orders left unpaid for longer than {@code age}; how many. The zone is asked first: an
   * order whose card was approved is marked paid, not cancelled. One whose payment cannot be closed
   * yet (its outcome still unknown at the zone) waits for the next sweep.
   */
  public int cancelOlderThan(Duration age) {
    int cancelled = 0;
    for (OrderRepository.StoreOrderRef ref : pendingBefore(age)) {
      try {
        if (confirmed(ref)) {
          continue;
        }
        TenantScope.runAs(ref.tenantId(), () -> orders.cancel(ref.number(), ref.store(), "expiry"));
        cancelled++;
      } catch (RuntimeException e) {
        LOG.info(() -> "Order " + ref.number() + " of " + ref.store() + " stays pending: " + e);
      }
    }
    return cancelled;
  }

  private List<OrderRepository.StoreOrderRef> pendingBefore(Duration age) {
    return TenantScope.acrossTenants(
        "orders left pending", () -> orders.pendingBefore(clock.instant().minus(age)));
  }

  /** Whether the zone says the order's card was approved (the order is then paid). */
  private boolean confirmed(OrderRepository.StoreOrderRef ref) {
    try {
      return TenantScope.runAs(
                  ref.tenantId(), () -> orders.confirmPayment(ref.number(), ref.store()))
              .status()
          == OrderStatus.PAID;
    } catch (RuntimeException e) {
      LOG.info(() -> "Order " + ref.number() + " of " + ref.store() + " not confirmed now: " + e);
      return false;
    }
  }
}
