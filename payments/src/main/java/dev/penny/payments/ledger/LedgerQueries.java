package dev.penny.payments.ledger;

import dev.penny.money.Money;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Reads the ledger: an account's balance and its statement, newest first, by keyset. */
@ApplicationScoped
public class LedgerQueries {

  @Resource(lookup = "java:app/jdbc/penny")
  DataSource dataSource;

  /** The account's balance and whether it is locked. */
  public record Balance(long micros, boolean locked) {}

  public Optional<Balance> balance(long accountId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT balance_micros, locked FROM ledger_account WHERE id = ?")) {
      select.setLong(1, accountId);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next()
            ? Optional.of(new Balance(rs.getLong(1), rs.getBoolean(2)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read a balance", e);
    }
  }

  /** The account's movements older than {@code beforeId} (0: the newest), at most {@code limit}. */
  public List<Movement> movements(long accountId, long beforeId, int limit) {
    long before = beforeId <= 0 ? Long.MAX_VALUE : beforeId;
    String sql =
        "(SELECT id, kind, memo, -amount_micros, currency, created_at FROM ledger_transfer"
            + " WHERE debit_account = ? AND id < ? ORDER BY id DESC LIMIT ?)"
            + " UNION ALL"
            + " (SELECT id, kind, memo, amount_micros, currency, created_at FROM ledger_transfer"
            + " WHERE credit_account = ? AND id < ? ORDER BY id DESC LIMIT ?)"
            + " ORDER BY id DESC LIMIT ?";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setLong(1, accountId);
      select.setLong(2, before);
      select.setInt(3, limit);
      select.setLong(4, accountId);
      select.setLong(5, before);
      select.setInt(6, limit);
      select.setInt(7, limit);
      List<Movement> movements = new ArrayList<>();
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          movements.add(
              new Movement(
                  rs.getLong(1),
                  TransferKind.valueOf(rs.getString(2)),
                  rs.getString(3),
                  Money.ofMicros(rs.getLong(4), rs.getString(5)),
                  rs.getTimestamp(6).toInstant()));
        }
      }
      return movements;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read movements", e);
    }
  }
}
