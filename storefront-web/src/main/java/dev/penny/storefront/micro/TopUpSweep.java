package dev.penny.storefront.micro;

import dev.penny.payments.wallet.WalletService;
import dev.penny.platform.cluster.Cluster;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every 30 seconds, asks the checkout zone again about wallet top-ups whose outcome was unknown (a
 * timeout): a captured one is credited once, a failed one is marked failed. Never charges again.
 */
@ApplicationScoped
public class TopUpSweep {

  private static final Logger LOG = Logger.getLogger(TopUpSweep.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject Cluster cluster;

  @Inject WalletService wallets;

  private ScheduledFuture<?> task;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    task = scheduler.scheduleWithFixedDelay(this::sweep, 30, 30, TimeUnit.SECONDS);
  }

  void sweep() {
    if (!cluster.leads()) {
      return; // another server of the cluster does this work
    }
    try {
      int settled = wallets.settleUnknown();
      if (settled > 0) {
        LOG.info(() -> settled + " top-ups of unknown outcome settled");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The top-up sweep failed; it will try again", e);
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
