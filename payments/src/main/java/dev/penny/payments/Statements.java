package dev.penny.payments;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The one JDBC helper the payments module's plain statements share. */
public final class Statements {

  private Statements() {}

  /** Work on one connection, inside the transaction {@link #inTransaction} gives it. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /**
   * Runs {@code work} in one transaction on a connection of {@code source}: committed when it
   * returns, rolled back when it throws. A database error becomes an {@link IllegalStateException}
   * saying "Could not {@code what}".
   */
  public static <T> T inTransaction(DataSource source, String what, Work<T> work) {
    try (Connection c = source.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not " + what, e);
    }
  }

  /** The first column of every row a query with these values in order answers, as longs. */
  public static java.util.List<Long> longs(Connection connection, String sql, Object... values)
      throws SQLException {
    java.util.List<Long> found = new java.util.ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, java.util.Arrays.asList(values));
      try (java.sql.ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          found.add(rs.getLong(1));
        }
      }
    }
    return found;
  }

  /** Runs an INSERT, UPDATE or DELETE with its values in order: how many rows it changed. */
  public static int update(Connection connection, String sql, Object... values)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, java.util.Arrays.asList(values));
      return statement.executeUpdate();
    }
  }

  /** {@code ?,?,?}: {@code count} placeholders, for an {@code IN (...)}. */
  public static String marks(int count) {
    return String.join(",", java.util.Collections.nCopies(count, "?"));
  }

  /** Binds {@code values} in order; an {@link java.time.Instant} as a timestamp. */
  public static void bind(PreparedStatement statement, java.util.List<?> values)
      throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      if (value instanceof java.time.Instant instant) {
        statement.setTimestamp(i + 1, java.sql.Timestamp.from(instant));
      } else {
        statement.setObject(i + 1, value);
      }
    }
  }
}
