package dev.penny.payments.ledger;

import java.util.Collections;

/** Small helpers for the ledger's multi-row statements. */
final class Sql {

  private Sql() {}

  /**
   * The clock's now as the database keeps it (microseconds): a receipt answered now and its repeat
   * read back later name the same instant.
   */
  static java.time.Instant now(java.time.Clock clock) {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }

  /** {@code (?,?,?),(?,?,?)}: {@code rows} groups of {@code columns} placeholders. */
  static String rows(int rows, int columns) {
    String row = "(" + String.join(",", Collections.nCopies(columns, "?")) + ")";
    return String.join(",", Collections.nCopies(rows, row));
  }

  /**
   * {@code (a = ? AND b = ?) OR (a = ? AND b = ?) ...}: rows of several columns, in the form every
   * MariaDB and MySQL version reads through the primary key (a row constructor in {@code IN} may be
   * read by a full scan).
   */
  static String anyOf(int rows, String... columns) {
    String one = "(" + String.join(" = ? AND ", columns) + " = ?)";
    return String.join(" OR ", Collections.nCopies(rows, one));
  }
}
