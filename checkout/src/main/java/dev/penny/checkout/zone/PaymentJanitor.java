package dev.penny.checkout.zone;

import dev.penny.checkout.payment.PaymentService;
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

/**
 * Every few seconds, finishes payments a timeout or a crash left half done (an authorization that
 * got no answer, an approved one not yet captured although it was to be at once): each is completed
 * from the acquirer's own records, never sent again.
 */
@ApplicationScoped
public class PaymentJanitor {

  private static final Logger LOG = Logger.getLogger(PaymentJanitor.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject PaymentService payments;

  private ScheduledFuture<?> task;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    task = scheduler.scheduleWithFixedDelay(this::sweep, 5, 5, TimeUnit.SECONDS);
  }

  void sweep() {
    java.util.List<String> unfinished;
    try {
      unfinished = payments.unfinishedFor(Duration.ofSeconds(3));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The payment janitor could not list its work; it will try again", e);
      return;
    }
    // One payment the acquirer refuses to finish (a capture refused) stops neither the others
    // nor the next sweep.
    for (String id : unfinished) {
      try {
        payments.find(id).ifPresent(payments::refresh);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "The payment janitor could not finish " + id + " now", e);
      }
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
