package dev.penny.storefront.shopping;

import dev.penny.cart.order.UnpaidOrders;
import dev.penny.platform.cluster.Cluster;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Once a minute, marks paid the pending orders (two minutes old or more) whose card the zone
 * approved, and cancels orders left unpaid for {@code penny.orders.unpaid-minutes} (30 by default),
 * so that an abandoned payment step does not hold stock for ever.
 */
@ApplicationScoped
public class UnpaidOrderSweep {

  private static final Logger LOG = Logger.getLogger(UnpaidOrderSweep.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject Cluster cluster;

  @Inject UnpaidOrders unpaid;

  @Inject
  @ConfigProperty(name = "penny.orders.unpaid-minutes", defaultValue = "30")
  long minutes;

  /** How long after placing an order the zone is asked whether it was paid (the shopper left). */
  static final Duration CONFIRM_AFTER = Duration.ofMinutes(2);

  private ScheduledFuture<?> task;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    task = scheduler.scheduleWithFixedDelay(this::sweep, 60, 60, TimeUnit.SECONDS);
  }

  void sweep() {
    if (!cluster.leads()) {
      return; // another server of the cluster does this work
    }
    try {
      // The old ones first: cancelling asks the zone about each, so the younger pass that follows
      // no longer lists them (each pending order is asked about once a sweep).
      int cancelled = unpaid.cancelOlderThan(Duration.ofMinutes(Math.max(1, minutes)));
      if (cancelled > 0) {
        LOG.info(() -> cancelled + " unpaid orders cancelled");
      }
      int paid = unpaid.confirmPaidOlderThan(CONFIRM_AFTER);
      if (paid > 0) {
        LOG.info(() -> paid + " orders paid at the zone without the shopper's return confirmed");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The unpaid-order sweep failed; it will try again", e);
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
