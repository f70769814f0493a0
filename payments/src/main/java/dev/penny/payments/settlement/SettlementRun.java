package dev.penny.payments.settlement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A run of the settlement job, as its progress bar shows it. */
public record SettlementRun(
    long id,
    LocalDate day,
    String status,
    int tabsTotal,
    int tabsDone,
    int storesTotal,
    int storesDone,
    Instant startedAt,
    Optional<Instant> finishedAt) {

  public boolean running() {
    return status.equals("RUNNING");
  }

  /** How far the run is, 0–100: tabs first, then stores, weighted by their counts. */
  public int percent() {
    long total = (long) tabsTotal + storesTotal;
    if (total == 0) {
      return running() ? 0 : 100;
    }
    return (int) Math.min(100, ((long) tabsDone + storesDone) * 100 / total);
  }
}
