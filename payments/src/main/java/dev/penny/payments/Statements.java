package dev.penny.payments;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** The one JDBC helper the payments module's plain statements share. */
public final class Statements {

  private Statements() {}

  /** Runs an INSERT, UPDATE or DELETE with its values in order: how many rows it changed. */
  public static int update(Connection connection, String sql, Object... values)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      return statement.executeUpdate();
    }
  }
}
