package dev.penny.payments.settlement.job;

import dev.penny.payments.settlement.SettlementRuns;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.problem.InvalidInputException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;

/**
 * Starts the settlement job ({@code META-INF/batch-jobs/penny-settlement.xml}): a Jakarta Batch job
 * of two chunked steps, charging every due tab, then building every store's settlement of the day
 * (and of the days of the week before it not built yet). Started on a schedule and on demand; a
 * run's progress is kept in {@code settlement_run}.
 */
@ApplicationScoped
public class SettlementJobs {

  public static final String JOB = "penny-settlement";

  /**
   * How long after midnight (UTC) a day is settled: a charge that began on the day commits within
   * it, so the day's facts are final.
   */
  static final Duration GRACE = Duration.ofMinutes(10);

  private final SettlementRuns runs;
  private final Clock clock;

  @Inject
  public SettlementJobs(SettlementRuns runs, Clock clock) {
    this.runs = runs;
    this.clock = clock;
  }

  protected SettlementJobs() {
    this(null, null);
  }

  /** The newest day that may be settled now. */
  public LocalDate lastSettleableDay() {
    Instant now = clock.instant().minus(GRACE);
    return LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1);
  }

  /** Checks a requested day: a well-formed date, finished, and not too long ago. */
  public LocalDate dayToSettle(String requested) {
    if (requested == null || requested.isBlank()) {
      return lastSettleableDay();
    }
    LocalDate day;
    try {
      day = LocalDate.parse(requested.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidInputException(
          ErrorCode.INVALID_DAY, List.of("The day must be a date such as 2026-12-01."));
    }
    if (day.isAfter(lastSettleableDay())) {
      throw new InvalidInputException(
          ErrorCode.INVALID_DAY,
          List.of(
              "Only a finished day can be settled or reconciled (the latest is "
                  + lastSettleableDay()
                  + ")."));
    }
    if (day.isBefore(LocalDate.of(2000, 1, 1))) {
      throw new InvalidInputException(
          ErrorCode.INVALID_DAY, List.of("That day is too long ago to settle or reconcile."));
    }
    return day;
  }

  /** Starts a run for {@code day}: its id. Call it outside a transaction. */
  public long start(LocalDate day) {
    long run = runs.start(day);
    Properties parameters = new Properties();
    parameters.setProperty("day", day.toString());
    parameters.setProperty("run", Long.toString(run));
    try {
      BatchRuntime.getJobOperator().start(JOB, parameters);
    } catch (RuntimeException e) {
      runs.finish(run, false);
      throw e;
    }
    return run;
  }
}
