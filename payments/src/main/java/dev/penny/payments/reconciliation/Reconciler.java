package dev.penny.payments.reconciliation;

import dev.penny.money.Money;
import dev.penny.payments.Statements;
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
    Map<String, Expected> ofTheDay = new LinkedHashMap<>();
    Map<String, Long> acquirerTotals = new TreeMap<>();
    Map<String, Long> pennyTotals = new TreeMap<>();
    try (Connection c = dataSource.getConnection()) {
      readDay(c, day, ofTheDay);
      List<AcquirerFile.Line> ours =
          lines.stream().filter(l -> l.merchant().equals(AcquirerFile.PENNY)).toList();
      // Lines of movements Penny recorded on another day (a charge asked about after midnight):
      // looked up by their keys, so that a day's check reads that day, never every charge.
      Map<String, Expected> otherDays =
          readByKey(
              c,
              ours.stream()
                  .map(Reconciler::keyOf)
                  .filter(k -> !ofTheDay.containsKey(k))
                  .distinct()
                  .toList());
      int matched = 0;
      for (AcquirerFile.Line line : ours) {
        acquirerTotals.merge(
            line.amount().currency().getCurrencyCode(), line.amount().micros(), Long::sum);
        String key = keyOf(line);
        Expected expected = ofTheDay.containsKey(key) ? ofTheDay.get(key) : otherDays.get(key);
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
        // Penny's side of the day as the acquirer's file draws it: what matched its lines (also
        // when Penny recorded it on another day), and below, what the file lacks.
        pennyTotals.merge(
            expected.amount().currency().getCurrencyCode(), expected.amount().micros(), Long::sum);
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
      // Recorded by Penny today, settled by the acquirer on a day before (a charge whose answer
      // came after midnight): that day's file has it, and that day's check matched it.
      if (!ofTheDay.isEmpty()) {
        for (int back = 1; back <= EARLIER_FILES && !ofTheDay.isEmpty(); back++) {
          try {
            for (AcquirerFile.Line line : file.lines(day.minusDays(back))) {
              if (line.merchant().equals(AcquirerFile.PENNY)) {
                ofTheDay.remove(keyOf(line));
              }
            }
          } catch (RuntimeException e) {
            differences.add(
                "The acquirer's settlement file of "
                    + day.minusDays(back)
                    + " could not be read: "
                    + e.getMessage());
          }
        }
      }
      for (Expected e : ofTheDay.values()) {
        pennyTotals.merge(e.amount().currency().getCurrencyCode(), e.amount().micros(), Long::sum);
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

  /** The key Penny knows a file's line by: a capture by its payment, a refund by its request. */
  private static String keyOf(AcquirerFile.Line line) {
    return line.kind().equals("refund") ? line.requestId() : line.paymentId();
  }

  /** How the zone names a refund of one of Penny's own charges: {@code RefundService}'s key. */
  private static final String REFUND_REQUEST = "-refund-refund-";

  /**
   * Penny's own card movements of {@code day}, by the key the acquirer's file names them: every tab
   * charge settled and top-up made that day (by payment id), every card refund done that day (by
   * its request id at the zone). Read through indexes on their times.
   */
  private static void readDay(Connection c, LocalDate day, Map<String, Expected> ofTheDay)
      throws SQLException {
    Timestamp from = Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    Timestamp to = Timestamp.from(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    collect(
        c,
        "Tab charge ",
        "SELECT payment_id, public_id, amount_micros, currency FROM tab_charge"
            + " WHERE settled_at >= ? AND settled_at < ? AND status = 'SUCCEEDED'"
            + " AND payment_id IS NOT NULL",
        List.of(from, to),
        ofTheDay);
    collect(
        c,
        "Wallet top-up ",
        "SELECT payment_id, public_id, amount_micros, currency FROM top_up"
            + " WHERE created_at >= ? AND created_at < ? AND status = 'SUCCEEDED'"
            + " AND payment_id IS NOT NULL",
        List.of(from, to),
        ofTheDay);
    collect(
        c,
        "Card refund ",
        REFUNDS
            + " WHERE r.status = 'DONE' AND r.destination = 'CARD'"
            + " AND r.done_at >= ? AND r.done_at < ?",
        List.of(from, to),
        ofTheDay);
  }

  /**
   * Card refunds as the acquirer names them: by the payment each was sent against (recorded with
   * the refund; for refunds recorded before that, the purchase's last charge, as then).
   */
  private static final String REFUNDS =
      "SELECT CONCAT(COALESCE(r.payment_id, ch.payment_id), '"
          + REFUND_REQUEST
          + "', r.public_id), r.public_id, -r.amount_micros, r.currency FROM micro_refund r"
          + " JOIN micro_purchase p ON p.tenant_id = r.tenant_id AND p.id = r.purchase_id"
          + " JOIN tab_charge ch ON ch.id = p.tab_charge_id";

  /** How many days back a movement Penny recorded late may have been settled by the acquirer. */
  private static final int EARLIER_FILES = 2;

  /** How many keys one look-up names. */
  private static final int KEYS_PER_QUERY = 500;

  /** Penny's records of these keys, whatever day they were recorded on. */
  private static Map<String, Expected> readByKey(Connection c, List<String> keys)
      throws SQLException {
    Map<String, Expected> found = new HashMap<>();
    for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
      List<String> part = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY));
      List<Object> payments = new ArrayList<>();
      List<Object> refunds = new ArrayList<>();
      for (String key : part) {
        int refund = key.indexOf(REFUND_REQUEST);
        if (refund > 0) {
          refunds.add(key.substring(refund + REFUND_REQUEST.length()));
        } else {
          payments.add(key);
        }
      }
      if (!payments.isEmpty()) {
        String marks = Statements.marks(payments.size());
        collect(
            c,
            "Tab charge ",
            "SELECT payment_id, public_id, amount_micros, currency FROM tab_charge"
                + " WHERE payment_id IN ("
                + marks
                + ") AND status = 'SUCCEEDED'",
            payments,
            found);
        collect(
            c,
            "Wallet top-up ",
            "SELECT payment_id, public_id, amount_micros, currency FROM top_up"
                + " WHERE payment_id IN ("
                + marks
                + ") AND status = 'SUCCEEDED'",
            payments,
            found);
      }
      if (!refunds.isEmpty()) {
        collect(
            c,
            "Card refund ",
            REFUNDS
                + " WHERE r.public_id IN ("
                + Statements.marks(refunds.size())
                + ") AND r.status = 'DONE' AND r.destination = 'CARD'",
            refunds,
            found);
      }
    }
    return found;
  }

  private static void collect(
      Connection c, String what, String sql, List<Object> values, Map<String, Expected> into)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      Statements.bind(s, values);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          into.put(
              rs.getString(1),
              new Expected(what + rs.getString(2), Money.ofMicros(rs.getLong(3), rs.getString(4))));
        }
      }
    }
  }

  /**
   * The day's tab charges against the stores' shares of them: amounts and fees. The shares are
   * summed per charge through the day's index, which reads the table in its own order (store,
   * charge), and matched in memory: a join from each charge to its shares read the shares table at
   * random, one page per share once the table outgrew memory.
   */
  private static List<String> sharesAgainstCharges(Connection c, LocalDate day)
      throws SQLException {
    Map<Long, long[]> shares = new HashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT charge_id, SUM(amount_micros), SUM(fee_micros) FROM tab_charge_share"
                + " WHERE day = ? GROUP BY charge_id")) {
      s.setObject(1, day);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          shares.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
        }
      }
    }
    List<String> differences = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT id, public_id, amount_micros, fee_micros FROM tab_charge"
                + " WHERE status = 'SUCCEEDED' AND settled_at >= ? AND settled_at < ?")) {
      s.setTimestamp(1, Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
      s.setTimestamp(2, Timestamp.from(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          long[] shared = shares.getOrDefault(rs.getLong(1), new long[2]);
          if (rs.getLong(3) != shared[0]) {
            differences.add(
                "Tab charge "
                    + rs.getString(2)
                    + ": the stores' shares add up to "
                    + shared[0]
                    + " micro-units, the charge is "
                    + rs.getLong(3)
                    + ".");
          }
          if (rs.getLong(4) != shared[1]) {
            differences.add(
                "Tab charge "
                    + rs.getString(2)
                    + ": its fee is "
                    + rs.getLong(4)
                    + " micro-units, the stores were allocated "
                    + shared[1]
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
