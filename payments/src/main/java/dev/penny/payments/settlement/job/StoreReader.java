package dev.penny.payments.settlement.job;

import dev.penny.payments.settlement.SettlementRuns;
import dev.penny.platform.tenancy.TenantScope;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The job's second step reads every store. */
@Named("storeReader")
@Dependent
public class StoreReader extends KeysetReader {

  @Inject SettlementRuns runs;

  @Override
  List<Long> after(long after, int limit) {
    return TenantScope.acrossTenants(
        "the settlement job settles every store", () -> runs.storesAfter(after, limit));
  }
}
