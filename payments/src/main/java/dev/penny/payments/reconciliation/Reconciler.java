package dev.penny.payments.reconciliation;

import dev.penny.money.Money;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Reconciles one day: every line of the acquirer's settlement file that is Penny's own (merchant
 * {@value AcquirerFile#PENNY}) must be a charge or refund Penny recorded, for the same amount to
 * the micro-unit; every tab charge, wallet top-up and card refund Penny recorded that day must be
 * in the file; and the day's tab charges must add up to what the stores' settlement shares say they
 * collected, their fees to the fees allocated. Every difference is listed; the result is kept for
 * the operator's page.
 */
@ApplicationScoped
public class Reconciler {

  @Resource(lookup = "java:app/jdbc/penny")
  DataSource dataSource;

  private final AcquirerFile file;
  private final Clock clock;

  @Inject
  public Reconciler(AcquirerFile file, Clock clock) {
    this.file = file;
    this.clock = clock;
  }

  protected Reconciler() {
    this(null, null);
  }

  /** What Penny recorded as moved through a card: by the acquirer's request id. */
  private record Expected(String what, Money amount) {}

  public Reconciliation reconcile(LocalDate day) {
    List<String> differences = new ArrayList<>();
    List<AcquirerFile.Line> lines;
    try {
      lines = file.lines(day);
    } catch (RuntimeException e) {
      lines = List.of();
      differences.add("The acquirer's settlement file could not be read: " + e.getMessage());
    }
    Map<String, Expected> byPayment = new HashMap<>();
    Map<String, Expected> ofTheDay = new LinkedHashMap<>();
    Map<String, Long> acquirerTotals = new TreeMap<>();
    Map<String, Long> pennyTotals = new TreeMap<>();
    try (Connection c = dataSource.getConnection()) {
      readPenny(c, day, byPayment, ofTheDay);
      for (Expected e : ofTheDay.values()) {
        pennyTotals.merge(e.amount().currency().getCurrencyCode(), e.amount().micros(), Long::sum);
      }
      int matched = 0;
      for (AcquirerFile.Line line : lines) {
        if (!line.merchant().equals(AcquirerFile.PENNY)) {
          continue;
        }
        acquirerTotals.merge(
            line.amount().currency().getCurrencyCode(), line.amount().micros(), Long::sum);
        String key = line.kind().equals("refund") ? line.requestId() : line.paymentId();
        Expected expected = byPayment.get(key);
        if (expected == null) {
          differences.add(
              "The acquirer settled "
                  + line.amount().toPlainString()
                  + " "
                  + line.amount().currency().getCurrencyCode()
                  + " ("
                  + line.requestId()
                  + ") that Penny has no record of.");
          continue;
        }
        ofTheDay.remove(key);
        if (!expected.amount().equals(line.amount())) {
          differences.add(
              expected.what()
                  + ": Penny recorded "
                  + expected.amount().toPlainString()
                  + ", the acquirer settled "
                  + line.amount().toPlainString()
                  + ".");
        } else {
          matched++;
        }
      }
      for (Map.Entry<String, Expected> missing : ofTheDay.entrySet()) {
        differences.add(
            missing.getValue().what()
                + " ("
                + missing.getValue().amount().toPlainString()
                + ") is missing from the acquirer's file of "
                + day
                + ".");
      }
      differences.addAll(sharesAgainstCharges(c, day));
      return save(c, day, matched, differences, acquirerTotals, pennyTotals);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not reconcile " + day, e);
    }
  }

  /**
   * Penny's own card movements that can appear in a file: every succeeded tab charge and top-up (by
   * payment id) and every card refund (by its request id at the zone), and those of {@code day}.
   */
  private static void readPenny(
      Connection c, LocalDate day, Map<String, Expected> byPayment, Map<String, Expected> ofTheDay)
      throws SQLException {
    Timestamp from = Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    Timestamp to = Timestamp.from(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT payment_id, public_id, amount_micros, currency, settled_at FROM tab_charge"
                + " WHERE status = 'SUCCEEDED' AND payment_id IS NOT NULL")) {
      collect(s, "Tab charge ", from, to, byPayment, ofTheDay);
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT payment_id, public_id, amount_micros, currency, created_at FROM top_up"
                + " WHERE status = 'SUCCEEDED' AND payment_id IS NOT NULL")) {
      collect(s, "Wallet top-up ", from, to, byPayment, ofTheDay);
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT CONCAT(ch.payment_id, '-refund-refund-', r.public_id), r.public_id,"
                + " -r.amount_micros, r.currency, r.done_at FROM micro_refund r"
                + " JOIN micro_purchase p ON p.tenant_id = r.tenant_id AND p.id = r.purchase_id"
                + " JOIN tab_charge ch ON ch.id = p.tab_charge_id"
                + " WHERE r.destination = 'CARD' AND r.status = 'DONE'")) {
      collect(s, "Card refund ", from, to, byPayment, ofTheDay);
    }
  }

  private static void collect(
      PreparedStatement s,
      String what,
      Timestamp from,
      Timestamp to,
      Map<String, Expected> byPayment,
      Map<String, Expected> ofTheDay)
      throws SQLException {
    try (ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        Expected expected =
            new Expected(what + rs.getString(2), Money.ofMicros(rs.getLong(3), rs.getString(4)));
        byPayment.put(rs.getString(1), expected);
        Timestamp at = rs.getTimestamp(5);
        if (at != null && !at.before(from) && at.before(to)) {
          ofTheDay.put(rs.getString(1), expected);
        }
      }
    }
  }

  /** The day's tab charges against the stores' shares of them: amounts and fees. */
  private static List<String> sharesAgainstCharges(Connection c, LocalDate day)
      throws SQLException {
    List<String> differences = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT ch.public_id, ch.amount_micros, ch.fee_micros,"
                + " COALESCE(SUM(sh.amount_micros), 0), COALESCE(SUM(sh.fee_micros), 0)"
                + " FROM tab_charge ch LEFT JOIN tab_charge_share sh ON sh.charge_id = ch.id"
                + " WHERE ch.status = 'SUCCEEDED' AND ch.settled_at >= ? AND ch.settled_at < ?"
                + " GROUP BY ch.id, ch.public_id, ch.amount_micros, ch.fee_micros")) {
      s.setTimestamp(1, Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
      s.setTimestamp(2, Timestamp.from(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          if (rs.getLong(2) != rs.getLong(4)) {
            differences.add(
                "Tab charge "
                    + rs.getString(1)
                    + ": the stores' shares add up to "
                    + rs.getLong(4)
                    + " micro-units, the charge is "
                    + rs.getLong(2)
                    + ".");
          }
          if (rs.getLong(3) != rs.getLong(5)) {
            differences.add(
                "Tab charge "
                    + rs.getString(1)
                    + ": its fee is "
                    + rs.getLong(3)
                    + " micro-units, the stores were allocated "
                    + rs.getLong(5)
                    + ".");
          }
        }
      }
    }
    return differences;
  }

  private Reconciliation save(
      Connection c,
      LocalDate day,
      int matched,
      List<String> differences,
      Map<String, Long> acquirer,
      Map<String, Long> penny)
      throws SQLException {
    String acquirerTotal = totals(acquirer);
    String pennyTotal = totals(penny);
    var now = clock.instant();
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO reconciliation (day, matched, differences, acquirer_micros,"
                + " penny_micros, currency_note, report, checked_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            PreparedStatement.RETURN_GENERATED_KEYS)) {
      insert.setObject(1, day);
      insert.setInt(2, matched);
      insert.setInt(3, differences.size());
      insert.setLong(4, acquirer.values().stream().mapToLong(Long::longValue).sum());
      insert.setLong(5, penny.values().stream().mapToLong(Long::longValue).sum());
      insert.setString(6, (acquirerTotal + " | " + pennyTotal));
      insert.setString(7, String.join("\n", differences));
      insert.setTimestamp(8, Timestamp.from(now));
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return new Reconciliation(
            keys.getLong(1), day, matched, differences, acquirerTotal, pennyTotal, now);
      }
    }
  }

  private static String totals(Map<String, Long> byCurrency) {
    if (byCurrency.isEmpty()) {
      return "nothing";
    }
    List<String> parts = new ArrayList<>();
    byCurrency.forEach(
        (currency, micros) ->
            parts.add(Money.ofMicros(micros, currency).toPlainString() + " " + currency));
    return String.join(", ", parts);
  }

  /** The newest reconciliations, newest first. */
  public List<Reconciliation> latest(int limit) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT id, day, matched, report, currency_note, checked_at FROM reconciliation"
                    + " ORDER BY id DESC LIMIT ?")) {
      s.setInt(1, limit);
      List<Reconciliation> list = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String report = rs.getString(4);
          String[] totals = rs.getString(5).split(" \\| ", 2);
          list.add(
              new Reconciliation(
                  rs.getLong(1),
                  rs.getObject(2, LocalDate.class),
                  rs.getInt(3),
                  report.isEmpty() ? List.of() : Arrays.asList(report.split("\n")),
                  totals[0],
                  totals.length > 1 ? totals[1] : "",
                  rs.getTimestamp(6).toInstant()));
        }
      }
      return list;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read reconciliations", e);
    }
  }

  /** The newest reconciliation of {@code day}, if any. */
  public Optional<Reconciliation> of(LocalDate day) {
    return latest(50).stream().filter(r -> r.day().equals(day)).findFirst();
  }
}
