package dev.penny.payments.settlement.job;

import dev.penny.payments.settlement.SettlementRuns;
import dev.penny.platform.tenancy.TenantScope;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The job's first step reads every tab that owes something. */
@Named("dueTabReader")
@Dependent
public class DueTabReader extends KeysetReader {

  @Inject SettlementRuns runs;

  @Override
  List<Long> after(long after, int limit) {
    return TenantScope.acrossTenants(
        "the settlement job looks at every tab", () -> runs.tabsAfter(after, limit));
  }
}
