package dev.penny.payments.settlement;

import dev.penny.money.Money;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A store's settlements as its merchant reads them (admin and API): newest day first, paged by day,
 * one by id, and one's lines as CSV. Every read names the store: a settlement of another store is
 * not found.
 */
@ApplicationScoped
public class Settlements {

  private static final String COLUMNS =
      "public_id, tenant_id, day, currency, wallet_micros, tab_micros, gross_micros,"
          + " card_fee_micros, platform_fee_micros, refund_micros, net_micros, carried_in_micros,"
          + " payout_micros, carried_out_micros, standalone_fee_micros, line_count, card_charges,"
          + " created_at";

  @Resource(lookup = "java:app/jdbc/penny")
  DataSource dataSource;

  /** The store's settlements of days before {@code before} (empty: from the newest). */
  public List<Settlement> list(long tenantId, Optional<LocalDate> before, int limit) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT "
                    + COLUMNS
                    + " FROM settlement WHERE tenant_id = ? AND day < ?"
                    + " ORDER BY day DESC, currency LIMIT ?")) {
      s.setLong(1, tenantId);
      s.setObject(2, before.orElse(LocalDate.of(9999, 1, 1)));
      s.setInt(3, limit);
      List<Settlement> list = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          list.add(settlement(rs));
        }
      }
      return list;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read settlements", e);
    }
  }

  public Optional<Settlement> find(long tenantId, String publicId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT " + COLUMNS + " FROM settlement WHERE tenant_id = ? AND public_id = ?")) {
      s.setLong(1, tenantId);
      s.setString(2, publicId);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(settlement(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the settlement", e);
    }
  }

  private static Settlement settlement(ResultSet rs) throws SQLException {
    String currency = rs.getString(4);
    return new Settlement(
        rs.getString(1),
        rs.getLong(2),
        rs.getObject(3, LocalDate.class),
        Money.ofMicros(rs.getLong(5), currency),
        Money.ofMicros(rs.getLong(6), currency),
        Money.ofMicros(rs.getLong(7), currency),
        Money.ofMicros(rs.getLong(8), currency),
        Money.ofMicros(rs.getLong(9), currency),
        Money.ofMicros(rs.getLong(10), currency),
        Money.ofMicros(rs.getLong(11), currency),
        Money.ofMicros(rs.getLong(12), currency),
        Money.ofMicros(rs.getLong(13), currency),
        Money.ofMicros(rs.getLong(14), currency),
        Money.ofMicros(rs.getLong(15), currency),
        rs.getInt(16),
        rs.getInt(17),
        rs.getTimestamp(18).toInstant());
  }

  /**
   * The settlement's lines as CSV, one row per sale (a wallet purchase of the day, or what a tab
   * charge of the day collected of a tab line), then one row per card charge's fee share, the
   * platform's fee, refunds and the payout. A sale's reference is its purchase ({@code mp_12}, as
   * the API names it); a refund's item says which purchase it refunded and where to. The amounts of
   * the rows add up to the payout with the carries: {@code sum(sales) - fees - refunds + carried_in
   * - carried_out = payout}.
   */
  public void csv(Settlement settlement, Writer out) throws IOException {
    out.write("settlement,day,kind,reference,item,bought_at,amount,currency\n");
    String code = settlement.gross().currency().getCurrencyCode();
    LocalDate day = settlement.day();
    Timestamp from = Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    Timestamp to = Timestamp.from(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    try (Connection c = dataSource.getConnection()) {
      SettlementBuilder.Watermarks through = watermarks(c, settlement);
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT CONCAT('mp_', id), item_title, created_at, amount_micros FROM micro_purchase"
                  + " WHERE tenant_id = ? AND created_at >= ? AND created_at < ?"
                  + " AND funding = 'WALLET' AND currency = ? AND id <= ?"
                  + " ORDER BY created_at, id")) {
        s.setLong(1, settlement.tenantId());
        s.setTimestamp(2, from);
        s.setTimestamp(3, to);
        s.setString(4, code);
        s.setLong(5, through.purchases());
        rows(s, settlement, "wallet_sale", out, 1);
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT CONCAT('mp_', l.purchase_id), p.item_title, p.created_at, l.covered_micros"
                  + " FROM tab_charge_share sh"
                  + " JOIN tab_charge_line l ON l.tenant_id = sh.tenant_id"
                  + " AND l.charge_id = sh.charge_id"
                  + " JOIN micro_purchase p ON p.tenant_id = l.tenant_id AND p.id = l.purchase_id"
                  + " WHERE sh.tenant_id = ? AND sh.day = ? AND sh.currency = ?"
                  + " AND sh.charge_id <= ?"
                  + " ORDER BY sh.charge_id, l.purchase_id")) {
        s.setLong(1, settlement.tenantId());
        s.setObject(2, day);
        s.setString(3, code);
        s.setLong(4, through.charges());
        rows(s, settlement, "tab_sale", out, 1);
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT ch.public_id, 'Card fee share', ch.settled_at, sh.fee_micros"
                  + " FROM tab_charge_share sh JOIN tab_charge ch ON ch.id = sh.charge_id"
                  + " WHERE sh.tenant_id = ? AND sh.day = ? AND sh.currency = ?"
                  + " AND sh.charge_id <= ?"
                  + " ORDER BY sh.charge_id")) {
        s.setLong(1, settlement.tenantId());
        s.setObject(2, day);
        s.setString(3, code);
        s.setLong(4, through.charges());
        rows(s, settlement, "card_fee", out, -1);
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT public_id, CONCAT('Refund of mp_', purchase_id, ' to the ',"
                  + " IF(destination = 'CARD', 'card', 'wallet')), done_at, amount_micros"
                  + " FROM micro_refund"
                  + " WHERE tenant_id = ? AND done_at >= ? AND done_at < ? AND currency = ?"
                  + " AND status = 'DONE' AND id <= ? ORDER BY done_at, id")) {
        s.setLong(1, settlement.tenantId());
        s.setTimestamp(2, from);
        s.setTimestamp(3, to);
        s.setString(4, code);
        s.setLong(5, through.refunds());
        rows(s, settlement, "refund", out, -1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the settlement's lines", e);
    }
    summary(out, settlement, "platform_fee", settlement.platformFee().negate());
    summary(out, settlement, "carried_in", settlement.carriedIn());
    summary(out, settlement, "carried_out", settlement.carriedOut().negate());
    summary(out, settlement, "payout", settlement.payout());
  }

  /**
   * The last purchase, charge and refund ids the settlement counted (no bound for one built before
   * they were kept).
   */
  private static SettlementBuilder.Watermarks watermarks(Connection c, Settlement settlement)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT purchases_through, charges_through, refunds_through FROM settlement"
                + " WHERE tenant_id = ? AND public_id = ?")) {
      s.setLong(1, settlement.tenantId());
      s.setString(2, settlement.id());
      try (ResultSet rs = s.executeQuery()) {
        return rs.next()
            ? new SettlementBuilder.Watermarks(orNone(rs, 1), orNone(rs, 2), orNone(rs, 3))
            : new SettlementBuilder.Watermarks(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);
      }
    }
  }

  private static long orNone(ResultSet rs, int column) throws SQLException {
    long id = rs.getLong(column);
    return rs.wasNull() ? Long.MAX_VALUE : id;
  }

  private static void rows(
      PreparedStatement s, Settlement settlement, String kind, Writer out, int sign)
      throws SQLException, IOException {
    String code = settlement.gross().currency().getCurrencyCode();
    try (ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        Money amount = Money.ofMicros(sign * rs.getLong(4), code);
        out.write(
            settlement.id()
                + ","
                + settlement.day()
                + ","
                + kind
                + ","
                + rs.getString(1)
                + ","
                + csvText(rs.getString(2))
                + ","
                + rs.getTimestamp(3).toInstant()
                + ","
                + amount.toPlainString()
                + ","
                + code
                + "\n");
      }
    }
  }

  private static void summary(Writer out, Settlement settlement, String kind, Money amount)
      throws IOException {
    out.write(
        settlement.id()
            + ","
            + settlement.day()
            + ","
            + kind
            + ",,,,"
            + amount.toPlainString()
            + ","
            + amount.currency().getCurrencyCode()
            + "\n");
  }

  /** A text cell: quoted, quotes doubled, and a leading formula character defused. */
  static String csvText(String text) {
    String value = text == null ? "" : text;
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      value = "'" + value;
    }
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }
}
