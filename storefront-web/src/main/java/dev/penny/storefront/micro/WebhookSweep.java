package dev.penny.storefront.micro;

import dev.penny.platform.cluster.Cluster;
import dev.penny.platform.webhook.WebhookDispatcher;
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

/** Every 3 seconds, delivers the webhook outbox (new events, and retries that are due). */
@ApplicationScoped
public class WebhookSweep {

  private static final Logger LOG = Logger.getLogger(WebhookSweep.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject Cluster cluster;

  @Inject WebhookDispatcher dispatcher;

  private ScheduledFuture<?> task;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    task = scheduler.scheduleWithFixedDelay(this::sweep, 3, 3, TimeUnit.SECONDS);
  }

  void sweep() {
    if (!cluster.leads()) {
      return; // another server of the cluster does this work
    }
    try {
      dispatcher.dispatch();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The webhook sweep failed; it will try again", e);
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
