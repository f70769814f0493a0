package dev.penny.payments.settlement.job;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Charges a chunk of tabs (those due). */
@Named("tabChargeWriter")
@Dependent
public class TabChargeWriter extends AbstractItemWriter {

  @Inject SettlementWork work;

  @Inject
  @BatchProperty(name = "run")
  String run;

  @Override
  public void writeItems(List<Object> items) {
    work.chargeTabs(Long.parseLong(run), items.stream().map(Long.class::cast).toList());
  }
}
