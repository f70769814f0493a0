package dev.penny.payments.settlement;

import dev.penny.payments.Statements;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The settlement job's runs and what each must go through: the tabs that may be due and the stores,
 * both across every store, in keyset pages (the job's readers checkpoint the last id).
 */
@ApplicationScoped
public class SettlementRuns {

  /** A running run that has not beaten for this long has lost its server. */
  static final Duration SILENT_FOR = Duration.ofMinutes(10);

  /** Heartbeats are real time: the sandbox clock may jump while a run goes on. */
  private final Clock heartbeat = Clock.systemUTC();

  @Resource(lookup = "java:app/jdbc/penny")
  DataSource dataSource;

  private final Clock clock;

  @Inject
  public SettlementRuns(Clock clock) {
    this.clock = clock;
  }

  protected SettlementRuns() {
    this(null);
  }

  /**
   * Records a new run (RUNNING), after recording as ABANDONED the runs whose server stopped beating
   * (it died mid-run; what it did stays done, and the new run does the rest).
   */
  public long start(LocalDate day) {
    Instant now = clock.instant();
    Instant beat = heartbeat.instant();
    update(
        "UPDATE settlement_run SET status = 'ABANDONED', finished_at = ?"
            + " WHERE status = 'RUNNING' AND heartbeat_at < ?",
        Timestamp.from(now),
        Timestamp.from(beat.minus(SILENT_FOR)));
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO settlement_run (day, status, tabs_total, stores_total, started_at,"
                    + " heartbeat_at) VALUES (?, 'RUNNING', (SELECT COUNT(*) FROM tab t JOIN"
                    + " ledger_account a ON a.id = t.account_id WHERE a.balance_micros < 0 AND"
                    + " a.locked = FALSE), (SELECT COUNT(*) FROM tenant), ?, ?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
      insert.setObject(1, day);
      insert.setTimestamp(2, Timestamp.from(now));
      insert.setTimestamp(3, Timestamp.from(beat));
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not start the settlement run", e);
    }
  }

  /**
   * The run is alive (between chunks, while a slow tab or the reconciliation takes its time). A run
   * that was read as abandoned and beats again is running again.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void beat(long runId) {
    update(
        "UPDATE settlement_run SET heartbeat_at = ?, status = 'RUNNING', finished_at = NULL"
            + " WHERE id = ? AND status IN ('RUNNING', 'ABANDONED')",
        Timestamp.from(heartbeat.instant()),
        runId);
  }

  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void progress(long runId, int tabs, int stores) {
    update(
        "UPDATE settlement_run SET tabs_done = LEAST(tabs_total, tabs_done + ?),"
            + " stores_done = LEAST(stores_total, stores_done + ?), heartbeat_at = ? WHERE id = ?",
        tabs,
        stores,
        Timestamp.from(heartbeat.instant()),
        runId);
  }

  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void finish(long runId, boolean completed) {
    update(
        "UPDATE settlement_run SET status = ?, finished_at = ?,"
            + " tabs_done = CASE WHEN ? THEN tabs_total ELSE tabs_done END,"
            + " stores_done = CASE WHEN ? THEN stores_total ELSE stores_done END"
            + " WHERE id = ? AND status IN ('RUNNING', 'ABANDONED')",
        completed ? "COMPLETED" : "FAILED",
        Timestamp.from(clock.instant()),
        completed,
        completed,
        runId);
  }

  /**
   * The newest run, a live one first (with several servers, the newest may be another's); a run
   * whose server stopped beating reads ABANDONED.
   */
  public Optional<SettlementRun> latest() {
    return select(
        "ORDER BY (status = 'RUNNING' AND heartbeat_at >= ?) DESC, id DESC LIMIT 1",
        Timestamp.from(heartbeat.instant().minus(SILENT_FOR)));
  }

  public Optional<SettlementRun> find(long id) {
    return select("WHERE id = ?", id);
  }

  private Optional<SettlementRun> select(String rest, Object... values) {
    Timestamp silentSince = Timestamp.from(heartbeat.instant().minus(SILENT_FOR));
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT id, day, CASE WHEN status = 'RUNNING' AND heartbeat_at < ? THEN"
                    + " 'ABANDONED' ELSE status END, tabs_total, tabs_done, stores_total,"
                    + " stores_done, started_at, finished_at FROM settlement_run "
                    + rest)) {
      s.setTimestamp(1, silentSince);
      for (int i = 0; i < values.length; i++) {
        s.setObject(2 + i, values[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        Timestamp finished = rs.getTimestamp(9);
        return Optional.of(
            new SettlementRun(
                rs.getLong(1),
                rs.getObject(2, LocalDate.class),
                rs.getString(3),
                rs.getInt(4),
                rs.getInt(5),
                rs.getInt(6),
                rs.getInt(7),
                rs.getTimestamp(8).toInstant(),
                Optional.ofNullable(finished).map(Timestamp::toInstant)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the settlement run", e);
    }
  }

  /**
   * Tabs that owe something and are not locked, after {@code afterAccount}, in partition {@code
   * partition} of {@code partitions} (account id modulo): those the charger looks at (it decides,
   * under the tab's lock, whether one is due).
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public List<Long> tabsAfter(long afterAccount, int limit, int partition, int partitions) {
    return ids(
        "SELECT t.account_id FROM tab t JOIN ledger_account a ON a.id = t.account_id"
            + " WHERE t.account_id > ? AND MOD(t.account_id, ?) = ?"
            + " AND a.balance_micros < 0 AND a.locked = FALSE"
            + " ORDER BY t.account_id LIMIT ?",
        afterAccount,
        partitions,
        partition,
        limit);
  }

  /** Every store after {@code afterTenant}: the stores to settle. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public List<Long> storesAfter(long afterTenant, int limit) {
    return ids("SELECT id FROM tenant WHERE id > ? ORDER BY id LIMIT ?", afterTenant, limit);
  }

  private List<Long> ids(String sql, Object... values) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      List<Long> ids = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the settlement's work", e);
    }
  }

  private void update(String sql, Object... values) {
    try (Connection c = dataSource.getConnection()) {
      Statements.update(c, sql, values);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not update the settlement run", e);
    }
  }
}
