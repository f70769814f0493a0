package dev.penny.payments.settlement.job;

import dev.penny.payments.charging.TabCharger;
import dev.penny.payments.reconciliation.Reconciler;
import dev.penny.payments.settlement.SettlementBuilder;
import dev.penny.payments.settlement.SettlementRuns;
import dev.penny.platform.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One chunk's work of the settlement job, outside the chunk's own transaction (NOT_SUPPORTED): the
 * charger and the builder commit each tab and each store on their own, idempotently, so a chunk
 * repeated after a crash (its checkpoint not yet saved) charges and builds nothing twice.
 */
@ApplicationScoped
public class SettlementWork {

  /** How many finished days back a run looks for a store's days not yet settled. */
  static final int DAYS_BACK = 7;

  private static final Logger LOG = Logger.getLogger(SettlementWork.class.getName());

  private final TabCharger charger;
  private final SettlementBuilder builder;
  private final SettlementRuns runs;
  private final Reconciler reconciler;

  @Inject
  public SettlementWork(
      TabCharger charger, SettlementBuilder builder, SettlementRuns runs, Reconciler reconciler) {
    this.charger = charger;
    this.builder = builder;
    this.runs = runs;
    this.reconciler = reconciler;
  }

  protected SettlementWork() {
    this(null, null, null, null);
  }

  /** Reconciles the day against the acquirer's settlement file (the result is kept). */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void reconcile(LocalDate day) {
    var result = reconciler.reconcile(day);
    LOG.info(
        () ->
            "Reconciliation of "
                + day
                + ": "
                + result.matched()
                + " matched, "
                + result.differences().size()
                + " differences");
  }

  /** Charges each of these tabs that is due; a tab that fails is logged and left to the janitor. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void chargeTabs(long runId, List<Long> tabAccounts) {
    TenantScope.acrossTenants(
        "a tab collects for every store it holds lines of",
        () -> {
          for (long account : tabAccounts) {
            runs.beat(runId);
            try {
              charger.chargeIfDue(account);
            } catch (RuntimeException e) {
              LOG.log(Level.WARNING, "Tab " + account + " could not be charged now", e);
            }
          }
        });
    runs.progress(runId, tabAccounts.size(), 0);
  }

  /**
   * Builds each store's settlements of the days up to {@code day} not built yet (a week back, in
   * order, so that each carries the one before).
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void settleStores(long runId, List<Long> tenants, LocalDate day) {
    for (long tenant : tenants) {
      runs.beat(runId);
      TenantScope.runAs(
          tenant,
          () -> {
            for (int back = DAYS_BACK - 1; back >= 0; back--) {
              builder.build(tenant, day.minusDays(back));
            }
            return null;
          });
    }
    runs.progress(runId, 0, tenants.size());
  }
}
