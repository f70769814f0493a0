package dev.penny.payments.ledger;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

/** Small helpers for the ledger's multi-row statements. */
final class Sql {

  private Sql() {}

  /** {@code (?,?,?),(?,?,?)}: {@code rows} groups of {@code columns} placeholders. */
  static String rows(int rows, int columns) {
    String row = "(" + String.join(",", Collections.nCopies(columns, "?")) + ")";
    return String.join(",", Collections.nCopies(rows, row));
  }

  /** {@code ?,?,?}. */
  /**
   * {@code (a = ? AND b = ?) OR (a = ? AND b = ?) ...}: rows of several columns, in the form every
   * MariaDB and MySQL version reads through the primary key (a row constructor in {@code IN} may be
   * read by a full scan).
   */
  static String anyOf(int rows, String... columns) {
    String one = "(" + String.join(" = ? AND ", columns) + " = ?)";
    return String.join(" OR ", Collections.nCopies(rows, one));
  }

  static String marks(int count) {
    return String.join(",", Collections.nCopies(count, "?"));
  }

  static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      if (value instanceof Instant instant) {
        statement.setTimestamp(i + 1, Timestamp.from(instant));
      } else {
        statement.setObject(i + 1, value);
      }
    }
  }
}
