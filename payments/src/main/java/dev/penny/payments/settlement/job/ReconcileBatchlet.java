package dev.penny.payments.settlement.job;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/** The job's last step: reconcile the day against the acquirer's settlement file. */
@Named("reconcileBatchlet")
@Dependent
public class ReconcileBatchlet extends AbstractBatchlet {

  @Inject SettlementWork work;

  @Inject
  @BatchProperty(name = "day")
  String day;

  @Override
  public String process() {
    work.reconcile(LocalDate.parse(day));
    return "COMPLETED";
  }
}
