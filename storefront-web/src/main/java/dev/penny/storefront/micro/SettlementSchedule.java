package dev.penny.storefront.micro;

import dev.penny.payments.settlement.job.SettlementJobs;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the settlement job on a schedule: every {@code penny.settlement.every-minutes} minutes
 * (60; 0 turns the schedule off, the operator and the sandbox API still start it), for the newest
 * finished day. Each run charges the tabs that are due by then and builds the settlements not built
 * yet, so a run that finds nothing new costs little.
 */
@ApplicationScoped
public class SettlementSchedule {

  private static final Logger LOG = Logger.getLogger(SettlementSchedule.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject Cluster cluster;

  @Inject SettlementJobs jobs;

  @Inject
  @ConfigProperty(name = "penny.settlement.every-minutes", defaultValue = "60")
  int everyMinutes;

  private ScheduledFuture<?> task;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    if (everyMinutes > 0) {
      task = scheduler.scheduleWithFixedDelay(this::run, 2, everyMinutes, TimeUnit.MINUTES);
    }
  }

  void run() {
    if (!cluster.leads()) {
      return; // another server of the cluster does this work
    }
    try {
      long run = jobs.start(jobs.lastSettleableDay());
      LOG.info(() -> "Settlement run " + run + " started");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The settlement job could not start; the next run tries again", e);
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
