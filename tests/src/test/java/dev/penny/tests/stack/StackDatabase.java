package dev.penny.tests.stack;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/** The running stack's embedded database, read directly (past Penny and its tenant filter). */
public final class StackDatabase {

  private StackDatabase() {}

  public static DataSource penny() {
    MysqlDataSource ds = new MysqlDataSource();
    ds.setUrl(PennyStack.get().jdbcUrl());
    ds.setUser("root");
    ds.setPassword("embedded");
    return ds;
  }

  /** MariaDB's checksum of each table's rows: equal before and after means nothing changed. */
  public static Map<String, Long> checksums(List<String> tables) throws SQLException {
    Map<String, Long> sums = new TreeMap<>();
    try (Connection c = penny().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("CHECKSUM TABLE " + String.join(", ", tables))) {
      while (rs.next()) {
        sums.put(rs.getString(1), rs.getLong(2));
      }
    }
    return sums;
  }

  /** The first column of the first row {@code sql} selects, as a number. */
  public static long number(String sql) throws SQLException {
    try (Connection c = penny().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
