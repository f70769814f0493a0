package dev.penny.payments.settlement.job;

import dev.penny.payments.settlement.SettlementRuns;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Marks the run finished (completed or failed) when the job ends. */
@Named("settlementJobListener")
@Dependent
public class SettlementJobListener extends AbstractJobListener {

  @Inject SettlementRuns runs;
  @Inject JobContext job;

  @Inject
  @BatchProperty(name = "run")
  String run;

  @Override
  public void afterJob() {
    boolean failed =
        job.getBatchStatus() == BatchStatus.FAILED || job.getBatchStatus() == BatchStatus.STOPPED;
    runs.finish(Long.parseLong(run), !failed);
  }
}
