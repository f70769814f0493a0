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
 * closed at the zone). The orders are found across stores through the named seam, then each is
 * cancelled in its own store's scope and transaction.
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
   * Cancels orders left unpaid for longer than {@code age}; how many. One whose payment cannot be
   * closed yet (its outcome still unknown at the zone) waits for the next sweep.
   */
  public int cancelOlderThan(Duration age) {
    List<OrderRepository.StoreOrderRef> stale =
        TenantScope.acrossTenants(
            "cancel orders left unpaid", () -> orders.pendingBefore(clock.instant().minus(age)));
    int cancelled = 0;
    for (OrderRepository.StoreOrderRef ref : stale) {
      try {
        TenantScope.runAs(ref.tenantId(), () -> orders.cancel(ref.number(), ref.store(), "expiry"));
        cancelled++;
      } catch (RuntimeException e) {
        LOG.info(
            () ->
                "Order "
                    + ref.number()
                    + " of "
                    + ref.store()
                    + " stays pending: "
                    + e.getMessage());
      }
    }
    return cancelled;
  }
}
