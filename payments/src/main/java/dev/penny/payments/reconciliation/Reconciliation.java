package dev.penny.payments.reconciliation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One day's reconciliation as the operator sees it. */
public record Reconciliation(
    long id,
    LocalDate day,
    int matched,
    List<String> differences,
    String acquirerTotal,
    String pennyTotal,
    Instant checkedAt) {

  public boolean balanced() {
    return differences.isEmpty();
  }
}
