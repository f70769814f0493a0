package dev.penny.storefront.shopping;

import dev.penny.platform.cluster.Cluster;
import dev.penny.platform.mail.MailSender;
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

/** Every two seconds, sends the mail queued in the outbox (receipts). */
@ApplicationScoped
public class MailSweep {

  private static final Logger LOG = Logger.getLogger(MailSweep.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject Cluster cluster;

  @Inject MailSender sender;

  private ScheduledFuture<?> task;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    task = scheduler.scheduleWithFixedDelay(this::sweep, 2, 2, TimeUnit.SECONDS);
  }

  void sweep() {
    if (!cluster.leads()) {
      return; // another server of the cluster does this work
    }
    try {
      sender.sendQueued();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The mail sweep failed; it will try again", e);
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
