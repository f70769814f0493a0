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

  public long start(LocalDate day) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO settlement_run (day, status, tabs_total, stores_total, started_at)"
                    + " VALUES (?, 'RUNNING', (SELECT COUNT(*) FROM tab t JOIN ledger_account a"
                    + " ON a.id = t.account_id WHERE a.balance_micros < 0 AND a.locked = FALSE),"
                    + " (SELECT COUNT(*) FROM tenant), ?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
      insert.setObject(1, day);
      insert.setTimestamp(2, Timestamp.from(clock.instant()));
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not start the settlement run", e);
    }
  }

  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void progress(long runId, int tabs, int stores) {
    update(
        "UPDATE settlement_run SET tabs_done = LEAST(tabs_total, tabs_done + ?),"
            + " stores_done = LEAST(stores_total, stores_done + ?) WHERE id = ?",
        tabs,
        stores,
        runId);
  }

  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void finish(long runId, boolean completed) {
    update(
        "UPDATE settlement_run SET status = ?, finished_at = ?,"
            + " tabs_done = CASE WHEN ? THEN tabs_total ELSE tabs_done END,"
            + " stores_done = CASE WHEN ? THEN stores_total ELSE stores_done END"
            + " WHERE id = ? AND status = 'RUNNING'",
        completed ? "COMPLETED" : "FAILED",
        Timestamp.from(clock.instant()),
        completed,
        completed,
        runId);
  }

  /** The newest run (the one running, if any). */
  public Optional<SettlementRun> latest() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT id, day, status, tabs_total, tabs_done, stores_total, stores_done,"
                    + " started_at, finished_at FROM settlement_run"
                    + " ORDER BY (status = 'RUNNING') DESC, id DESC LIMIT 1")) {
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
   * Tabs that owe something and are not locked, after {@code afterAccount}: those the charger looks
   * at (it decides, under the tab's lock, whether one is due).
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public List<Long> tabsAfter(long afterAccount, int limit) {
    return ids(
        "SELECT t.account_id FROM tab t JOIN ledger_account a ON a.id = t.account_id"
            + " WHERE t.account_id > ? AND a.balance_micros < 0 AND a.locked = FALSE"
            + " ORDER BY t.account_id LIMIT ?",
        afterAccount,
        limit);
  }

  /** Every store after {@code afterTenant}: the stores to settle. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public List<Long> storesAfter(long afterTenant, int limit) {
    return ids("SELECT id FROM tenant WHERE id > ? ORDER BY id LIMIT ?", afterTenant, limit);
  }

  private List<Long> ids(String sql, long after, int limit) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, after);
      s.setInt(2, limit);
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
