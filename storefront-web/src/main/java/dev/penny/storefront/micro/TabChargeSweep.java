package dev.penny.storefront.micro;

import dev.penny.payments.charging.TabCharger;
import dev.penny.payments.charging.TabReceipts;
import dev.penny.payments.refund.RefundService;
import dev.penny.platform.cluster.Cluster;
import dev.penny.platform.mail.MailSender;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every 10 seconds: moves tab charges on (asks the checkout zone about unanswered ones and ones a
 * stopped server left, retries declined ones whose back-off passed) and mails the itemised receipts
 * of charges that succeeded.
 */
@ApplicationScoped
public class TabChargeSweep {

  private static final Logger LOG = Logger.getLogger(TabChargeSweep.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject Cluster cluster;

  @Inject TabCharger charger;
  @Inject TabReceipts receipts;
  @Inject RefundService refunds;
  @Inject MailSender mail;
  @Inject Clock clock;

  private ScheduledFuture<?> task;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    task = scheduler.scheduleWithFixedDelay(this::sweep, 10, 10, TimeUnit.SECONDS);
  }

  void sweep() {
    if (!cluster.leads()) {
      return; // another server of the cluster does this work
    }
    try {
      int moved = charger.work(100);
      if (moved > 0) {
        LOG.info(() -> moved + " tab charges moved on");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The tab charge sweep failed; it will try again", e);
    }
    try {
      refunds.settlePending();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The refund sweep failed; it will try again", e);
    }
    sendReceipts();
  }

  private void sendReceipts() {
    if (!mail.configured()) {
      return;
    }
    try {
      for (TabReceipts.Receipt receipt : receipts.unsent(50)) {
        try {
          mail.sendNow(receipt.recipient(), "Penny", receipt.subject(), receipt.body());
          receipts.markSent(receipt.chargeId(), clock.instant());
        } catch (Exception e) {
          LOG.info(() -> "Tab receipt " + receipt.chargeId() + " not sent yet: " + e);
          receipts.markFailed(receipt.chargeId());
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The tab receipts could not be sent; they will be tried again", e);
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
