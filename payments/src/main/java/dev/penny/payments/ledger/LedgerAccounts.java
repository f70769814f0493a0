package dev.penny.payments.ledger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.sql.DataSource;

/**
 * Finds ledger accounts by name, opening them on first use. An account's id never changes, so the
 * ids are kept in memory; balances are never cached (the writer reads them under a lock).
 */
@ApplicationScoped
public class LedgerAccounts {

  @Resource(lookup = "java:app/jdbc/penny")
  DataSource dataSource;

  private final Clock clock;
  private final ConcurrentMap<AccountRef, Long> ids = new ConcurrentHashMap<>();

  @Inject
  public LedgerAccounts(Clock clock) {
    this.clock = clock;
  }

  protected LedgerAccounts() {
    this(null);
  }

  /**
   * The account's id, opening it if it does not exist. {@code floor} is the lowest balance a new
   * account may reach (0 for a wallet, minus the limit for a tab, empty for none).
   */
  public long open(AccountRef ref, OptionalLong floor) {
    Long known = ids.get(ref);
    if (known != null) {
      return known;
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO ledger_account (kind, owner, currency, balance_micros, floor_micros,"
                    + " locked, created_at) VALUES (?, ?, ?, 0, ?, FALSE, ?)"
                    + " ON DUPLICATE KEY UPDATE id = LAST_INSERT_ID(id)")) {
      insert.setString(1, ref.kind().name());
      insert.setString(2, ref.owner());
      insert.setString(3, ref.currency().getCurrencyCode());
      if (floor.isPresent()) {
        insert.setLong(4, floor.getAsLong());
      } else {
        insert.setNull(4, java.sql.Types.BIGINT);
      }
      insert.setTimestamp(5, Timestamp.from(clock.instant()));
      insert.executeUpdate();
      long id;
      try (PreparedStatement last = connection.prepareStatement("SELECT LAST_INSERT_ID()");
          ResultSet rs = last.executeQuery()) {
        rs.next();
        id = rs.getLong(1);
      }
      ids.put(ref, id);
      return id;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not open the account " + ref.kind(), e);
    }
  }

  /** The account's id if it was ever opened. */
  public Optional<Long> find(AccountRef ref) {
    Long known = ids.get(ref);
    if (known != null) {
      return Optional.of(known);
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT id FROM ledger_account WHERE kind = ? AND owner = ? AND currency = ?")) {
      select.setString(1, ref.kind().name());
      select.setString(2, ref.owner());
      select.setString(3, ref.currency().getCurrencyCode());
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        ids.put(ref, rs.getLong(1));
        return Optional.of(rs.getLong(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the account " + ref.kind(), e);
    }
  }
}
