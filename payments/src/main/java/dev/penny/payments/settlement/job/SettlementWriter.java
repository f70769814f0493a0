package dev.penny.payments.settlement.job;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/** Builds a chunk of stores' settlements. */
@Named("settlementWriter")
@Dependent
public class SettlementWriter extends AbstractItemWriter {

  @Inject SettlementWork work;

  @Inject
  @BatchProperty(name = "run")
  String run;

  @Inject
  @BatchProperty(name = "day")
  String day;

  @Override
  public void writeItems(List<Object> items) {
    work.settleStores(
        Long.parseLong(run), items.stream().map(Long.class::cast).toList(), LocalDate.parse(day));
  }
}
