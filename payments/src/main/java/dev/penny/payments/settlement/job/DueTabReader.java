package dev.penny.payments.settlement.job;

import dev.penny.payments.settlement.SettlementRuns;
import dev.penny.platform.tenancy.TenantScope;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The job's first step reads every tab that owes something: in one partition of the step, the tabs
 * whose account id modulo {@code partitions} is {@code partition}.
 */
@Named("dueTabReader")
@Dependent
public class DueTabReader extends KeysetReader {

  @Inject SettlementRuns runs;

  @Inject
  @BatchProperty(name = "partition")
  String partition;

  @Inject
  @BatchProperty(name = "partitions")
  String partitions;

  @Override
  List<Long> after(long after, int limit) {
    int of = partitions == null ? 1 : Integer.parseInt(partitions);
    int part = partition == null ? 0 : Integer.parseInt(partition);
    return TenantScope.acrossTenants(
        "the settlement job looks at every tab", () -> runs.tabsAfter(after, limit, part, of));
  }
}
