package dev.penny.payments.ledger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The operator's check: recomputes every account's balance from its transfers and compares it with
 * the balance kept, checks that every currency's balances sum to zero and that no transfer joins
 * accounts of another currency. Reads a consistent snapshot (one transaction).
 */
@ApplicationScoped
public class LedgerVerification {

  @Resource(lookup = "java:app/jdbc/penny")
  DataSource dataSource;

  /** What the check found; {@link #balanced()} when nothing is wrong. */
  public record Report(
      long accounts, long transfers, Map<String, Long> sumByCurrency, List<String> differences) {
    public boolean balanced() {
      return differences.isEmpty();
    }
  }

  public Report verify() {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try {
        List<String> differences = new ArrayList<>();
        long accounts = 0;
        try (PreparedStatement select =
                connection.prepareStatement(
                    "SELECT a.id, a.kind, a.currency, a.balance_micros,"
                        + " COALESCE(c.total, 0) - COALESCE(d.total, 0)"
                        + " FROM ledger_account a"
                        + " LEFT JOIN (SELECT credit_account AS account, SUM(amount_micros) AS total"
                        + "   FROM ledger_transfer GROUP BY credit_account) c ON c.account = a.id"
                        + " LEFT JOIN (SELECT debit_account AS account, SUM(amount_micros) AS total"
                        + "   FROM ledger_transfer GROUP BY debit_account) d ON d.account = a.id"
                        + " ORDER BY a.id");
            ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            accounts++;
            if (rs.getLong(4) != rs.getLong(5)) {
              differences.add(
                  "account "
                      + rs.getLong(1)
                      + " ("
                      + rs.getString(2)
                      + ", "
                      + rs.getString(3)
                      + ") holds "
                      + rs.getLong(4)
                      + " micro-units but its transfers make "
                      + rs.getLong(5));
            }
          }
        }
        Map<String, Long> sums = new LinkedHashMap<>();
        try (PreparedStatement select =
                connection.prepareStatement(
                    "SELECT currency, SUM(balance_micros) FROM ledger_account"
                        + " GROUP BY currency ORDER BY currency");
            ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            sums.put(rs.getString(1), rs.getLong(2));
            if (rs.getLong(2) != 0) {
              differences.add(rs.getString(1) + " sums to " + rs.getLong(2) + ", not zero");
            }
          }
        }
        try (PreparedStatement select =
                connection.prepareStatement(
                    "SELECT COUNT(*) FROM ledger_transfer t"
                        + " JOIN ledger_account d ON d.id = t.debit_account"
                        + " JOIN ledger_account c ON c.id = t.credit_account"
                        + " WHERE d.currency <> t.currency OR c.currency <> t.currency");
            ResultSet rs = select.executeQuery()) {
          rs.next();
          if (rs.getLong(1) > 0) {
            differences.add(rs.getLong(1) + " transfers join accounts of another currency");
          }
        }
        long transfers;
        try (PreparedStatement select =
                connection.prepareStatement("SELECT COUNT(*) FROM ledger_transfer");
            ResultSet rs = select.executeQuery()) {
          rs.next();
          transfers = rs.getLong(1);
        }
        connection.commit();
        return new Report(accounts, transfers, sums, differences);
      } finally {
        connection.rollback();
        connection.setAutoCommit(true);
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not verify the ledger", e);
    }
  }
}
