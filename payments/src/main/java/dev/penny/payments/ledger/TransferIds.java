package dev.penny.payments.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Hands out transfer ids from blocks reserved in {@code ledger_id_block} (hi/lo): one short
 * statement reserves a thousand ids, so a batch of inserts needs no generated keys, and several
 * servers never hand out the same id. Used by the one writer thread.
 */
final class TransferIds {

  private static final int BLOCK = 1_000;

  private final DataSource dataSource;
  private long next;
  private long end;

  TransferIds(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  long next() throws SQLException {
    if (next == end) {
      reserve();
    }
    return next++;
  }

  private void reserve() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      try (PreparedStatement update =
          connection.prepareStatement(
              "UPDATE ledger_id_block SET next_value = LAST_INSERT_ID(next_value + ?)"
                  + " WHERE name = 'transfer'")) {
        update.setInt(1, BLOCK);
        update.executeUpdate();
      }
      try (PreparedStatement read = connection.prepareStatement("SELECT LAST_INSERT_ID()");
          ResultSet rs = read.executeQuery()) {
        rs.next();
        end = rs.getLong(1);
        next = end - BLOCK;
      }
    }
  }
}
