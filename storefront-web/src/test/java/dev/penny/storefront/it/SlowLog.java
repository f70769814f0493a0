package dev.penny.storefront.it;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The statements the database ran while some work ran, each with the plan the server chose for it.
 * The test database runs with the slow log on, {@code long_query_time=0} and {@code
 * log_slow_verbosity=explain} (see {@link EmbeddedMariaDbSession}): the server writes every
 * statement with its EXPLAIN rows and the rows it examined; this reads what was added while the
 * work ran. Tests read that, not a plan re-derived from the SQL text: the plan is the one used,
 * with the real parameter values.
 */
final class SlowLog {

  /** A row of EXPLAIN: {@code table} is the alias the statement gave, resolved to a table name. */
  record PlanRow(String table, String type, String key, String extra) {}

  record Logged(String sql, long rowsExamined, List<PlanRow> plan) {}

  private static final Pattern ALIAS =
      Pattern.compile(
          "\\b(?:from|join)\\s+([a-z_]+)\\s+(?:as\\s+)?([a-z0-9_]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern ROWS_EXAMINED = Pattern.compile("Rows_examined:\\s+(\\d+)");

  private SlowLog() {}

  static List<Logged> during(DataSource dataSource, Runnable work) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      String file;
      try (ResultSet rs = s.executeQuery("SELECT @@slow_query_log_file")) {
        rs.next();
        file = rs.getString(1);
      }
      long start = size(file);
      work.run();
      s.execute("FLUSH SLOW LOGS");
      return parse(read(file, start));
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("Could not read the slow log", e);
    }
  }

  static List<Logged> parse(String log) {
    List<Logged> statements = new ArrayList<>();
    long rowsExamined = 0;
    List<String[]> explain = new ArrayList<>();
    StringBuilder sql = new StringBuilder();
    for (String line : log.split("\n")) {
      if (line.startsWith("# Time:") || line.startsWith("# User@Host:")) {
        add(statements, sql, rowsExamined, explain);
        sql.setLength(0);
        explain = new ArrayList<>();
        rowsExamined = 0;
      } else if (line.startsWith("# explain: ")) {
        explain.add(line.substring("# explain: ".length()).split("\t", -1));
      } else if (line.startsWith("#")) {
        Matcher m = ROWS_EXAMINED.matcher(line);
        if (m.find()) {
          rowsExamined = Long.parseLong(m.group(1));
        }
      } else if (!line.startsWith("SET timestamp=") && !line.startsWith("use ")) {
        sql.append(line).append('\n');
      }
    }
    add(statements, sql, rowsExamined, explain);
    return statements;
  }

  private static void add(
      List<Logged> statements, StringBuilder sql, long rowsExamined, List<String[]> explain) {
    String text = sql.toString().strip();
    if (text.isEmpty()) {
      return;
    }
    Map<String, String> tables = new HashMap<>();
    Matcher m = ALIAS.matcher(text);
    while (m.find()) {
      tables.put(m.group(2).toLowerCase(Locale.ROOT), m.group(1).toLowerCase(Locale.ROOT));
    }
    List<PlanRow> plan = new ArrayList<>();
    if (!explain.isEmpty()) {
      List<String> header = List.of(explain.get(0));
      for (String[] row : explain.subList(1, explain.size())) {
        String alias = value(header, row, "table");
        plan.add(
            new PlanRow(
                tables.getOrDefault(alias.toLowerCase(Locale.ROOT), alias),
                value(header, row, "type"),
                value(header, row, "key"),
                value(header, row, "Extra")));
      }
    }
    statements.add(new Logged(text, rowsExamined, plan));
  }

  private static String value(List<String> header, String[] row, String column) {
    int i = header.indexOf(column);
    return i >= 0 && i < row.length ? row[i] : "";
  }

  private static long size(String file) throws IOException {
    java.nio.file.Path path = java.nio.file.Path.of(file);
    return java.nio.file.Files.exists(path) ? java.nio.file.Files.size(path) : 0;
  }

  private static String read(String file, long from) throws IOException {
    try (RandomAccessFile in = new RandomAccessFile(file, "r")) {
      in.seek(from);
      byte[] bytes = new byte[(int) (in.length() - from)];
      in.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }
}
