package dev.penny.payments.settlement;

import dev.penny.money.Money;
import dev.penny.payments.Requests;
import dev.penny.payments.charging.CardFeeModel;
import dev.penny.payments.charging.ChargeRules;
import dev.penny.payments.ledger.AccountRef;
import dev.penny.payments.ledger.LedgerAccounts;
import dev.penny.payments.ledger.LedgerWriter;
import dev.penny.payments.ledger.Posting;
import dev.penny.payments.ledger.TransferKind;
import dev.penny.platform.crypto.RandomTokens;
import dev.penny.platform.json.Jsonp;
import dev.penny.platform.webhook.WebhookEvents;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * Builds a store's settlement for a finished day from facts that no longer change (the day's wallet
 * purchases, the shares of the day's tab charges, the day's refunds, the previous settlement's
 * carry), posts its fees and payout to the ledger under keys named by store, day and currency, and
 * records it. Building the same day again, on this server or another, finds it built: the postings
 * replay and the row is unique.
 */
@ApplicationScoped
public class SettlementBuilder {

  @Resource(lookup = "java:app/jdbc/penny")
  DataSource dataSource;

  private final LedgerAccounts accounts;
  private final LedgerWriter writer;
  private final Clock clock;

  @Inject
  public SettlementBuilder(LedgerAccounts accounts, LedgerWriter writer, Clock clock) {
    this.accounts = accounts;
    this.writer = writer;
    this.clock = clock;
  }

  protected SettlementBuilder() {
    this(null, null, null);
  }

  /** What one currency of a store's day adds up to, before the arithmetic. */
  private static final class Day {
    long walletMicros;
    long walletLines;
    long tabMicros;
    long tabLines;
    long cardFeeMicros;
    long tabStandaloneMicros;
    long refundMicros;
    int cardCharges;
  }

  /**
   * The last ids a build can see, read before its sums and bounding them, and kept with the
   * settlement: its CSV lists exactly the rows it counted.
   */
  record Watermarks(long purchases, long charges, long refunds) {

    static Watermarks read(Connection c) throws SQLException {
      try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT (SELECT COALESCE(MAX(id), 0) FROM micro_purchase),"
                      + " (SELECT COALESCE(MAX(id), 0) FROM tab_charge),"
                      + " (SELECT COALESCE(MAX(id), 0) FROM micro_refund)");
          ResultSet rs = s.executeQuery()) {
        rs.next();
        return new Watermarks(rs.getLong(1), rs.getLong(2), rs.getLong(3));
      }
    }
  }

  /** Builds the store's settlements of {@code day} (one per currency it sold in): how many. */
  public int build(long tenantId, LocalDate day) {
    if (!day.isBefore(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))) {
      throw new IllegalArgumentException("Only a finished day is settled: " + day);
    }
    int built = 0;
    try (Connection c = dataSource.getConnection()) {
      Watermarks seen = Watermarks.read(c);
      for (Map.Entry<String, Day> entry : read(c, tenantId, day, seen).entrySet()) {
        if (build(c, tenantId, day, entry.getKey(), entry.getValue(), seen)) {
          built++;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not build the settlement", e);
    }
    return built;
  }

  private Map<String, Day> read(Connection c, long tenantId, LocalDate day, Watermarks seen)
      throws SQLException {
    Timestamp from = Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    Timestamp to = Timestamp.from(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    Map<String, Day> days = new LinkedHashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT currency, COUNT(*), SUM(amount_micros) FROM micro_purchase"
                + " WHERE tenant_id = ? AND created_at >= ? AND created_at < ?"
                + " AND funding = 'WALLET' AND id <= ? GROUP BY currency")) {
      s.setLong(1, tenantId);
      s.setTimestamp(2, from);
      s.setTimestamp(3, to);
      s.setLong(4, seen.purchases());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          Day d = days.computeIfAbsent(rs.getString(1), k -> new Day());
          d.walletLines = rs.getLong(2);
          d.walletMicros = rs.getLong(3);
        }
      }
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT currency, COUNT(*), SUM(amount_micros), SUM(fee_micros), SUM(line_count),"
                + " SUM(standalone_fee_micros) FROM tab_charge_share"
                + " WHERE tenant_id = ? AND day = ? AND charge_id <= ? GROUP BY currency")) {
      s.setLong(1, tenantId);
      s.setObject(2, day);
      s.setLong(3, seen.charges());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          Day d = days.computeIfAbsent(rs.getString(1), k -> new Day());
          d.cardCharges = rs.getInt(2);
          d.tabMicros = rs.getLong(3);
          d.cardFeeMicros = rs.getLong(4);
          d.tabLines = rs.getLong(5);
          d.tabStandaloneMicros = rs.getLong(6);
        }
      }
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT currency, SUM(amount_micros) FROM micro_refund"
                + " WHERE tenant_id = ? AND done_at >= ? AND done_at < ? AND status = 'DONE'"
                + " AND id <= ? GROUP BY currency")) {
      s.setLong(1, tenantId);
      s.setTimestamp(2, from);
      s.setTimestamp(3, to);
      s.setLong(4, seen.refunds());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          days.computeIfAbsent(rs.getString(1), k -> new Day()).refundMicros = rs.getLong(2);
        }
      }
    }
    return days;
  }

  private boolean build(
      Connection c, long tenantId, LocalDate day, String code, Day d, Watermarks seen)
      throws SQLException {
    if (exists(c, tenantId, day, code)) {
      return false;
    }
    java.util.Currency currency = java.util.Currency.getInstance(code);
    Money gross = Money.ofMicros(d.walletMicros + d.tabMicros, currency);
    SettlementFigures figures =
        SettlementFigures.of(
            gross,
            Money.ofMicros(d.cardFeeMicros, currency),
            ChargeRules.platformFeePpm(),
            Money.ofMicros(d.refundMicros, currency),
            Money.ofMicros(carriedIn(c, tenantId, day, code), currency));
    CardFeeModel fees = ChargeRules.cardFees(currency);
    Money standalone =
        fees.standaloneFor(d.walletLines, Money.ofMicros(d.walletMicros, currency))
            .plus(Money.ofMicros(d.tabStandaloneMicros, currency));
    String key = "settle:" + tenantId + ":" + day + ":" + code;
    long store = accounts.open(AccountRef.store(tenantId, currency), OptionalLong.empty());
    long feeAccount = accounts.open(AccountRef.fees(currency), OptionalLong.empty());
    post(key + ":card-fee", TransferKind.CARD_FEE, store, feeAccount, figures.cardFees(), day);
    post(
        key + ":platform-fee",
        TransferKind.PLATFORM_FEE,
        store,
        feeAccount,
        figures.platformFee(),
        day);
    long payouts = accounts.open(AccountRef.payouts(currency), OptionalLong.empty());
    post(key + ":payout", TransferKind.PAYOUT, store, payouts, figures.payout(), day);
    String publicId = RandomTokens.publicId("stl_");
    Instant now = clock.instant();
    c.setAutoCommit(false);
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT IGNORE INTO settlement (public_id, tenant_id, day, currency, wallet_micros,"
                + " tab_micros, gross_micros, card_fee_micros, platform_fee_micros, refund_micros,"
                + " net_micros, carried_in_micros, payout_micros, carried_out_micros,"
                + " standalone_fee_micros, line_count, card_charges, created_at,"
                + " purchases_through, charges_through, refunds_through)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = 1;
      insert.setString(i++, publicId);
      insert.setLong(i++, tenantId);
      insert.setObject(i++, day);
      insert.setString(i++, code);
      insert.setLong(i++, d.walletMicros);
      insert.setLong(i++, d.tabMicros);
      insert.setLong(i++, figures.gross().micros());
      insert.setLong(i++, figures.cardFees().micros());
      insert.setLong(i++, figures.platformFee().micros());
      insert.setLong(i++, figures.refunds().micros());
      insert.setLong(i++, figures.net().micros());
      insert.setLong(i++, figures.carriedIn().micros());
      insert.setLong(i++, figures.payout().micros());
      insert.setLong(i++, figures.carriedOut().micros());
      insert.setLong(i++, standalone.micros());
      insert.setInt(i++, (int) (d.walletLines + d.tabLines));
      insert.setInt(i++, d.cardCharges);
      insert.setTimestamp(i++, Timestamp.from(now));
      insert.setLong(i++, seen.purchases());
      insert.setLong(i++, seen.charges());
      insert.setLong(i, seen.refunds());
      boolean built = insert.executeUpdate() == 1;
      if (built) {
        // The store (if it listens) hears of its settlement in the transaction that records it.
        WebhookEvents.publish(
            c,
            tenantId,
            WebhookEvents.SETTLEMENT_CREATED,
            Jsonp.JSON
                .createObjectBuilder()
                .add("settlement", publicId)
                .add("day", day.toString())
                .add("gross", figures.gross().toPlainString())
                .add("card_fees", figures.cardFees().toPlainString())
                .add("platform_fee", figures.platformFee().toPlainString())
                .add("refunds", figures.refunds().toPlainString())
                .add("net", figures.net().toPlainString())
                .add("payout", figures.payout().toPlainString())
                .add("saved_by_batching", standalone.minus(figures.cardFees()).toPlainString())
                .add("currency", code)
                .build(),
            now);
      }
      c.commit();
      return built;
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  private void post(
      String key, TransferKind kind, long from, long to, Money amount, LocalDate day) {
    if (!amount.isPositive()) {
      return;
    }
    writer.post(
        Posting.transfer(
            key,
            Requests.fingerprint(key, amount),
            kind,
            from,
            to,
            amount,
            switch (kind) {
              case CARD_FEE -> "Card fees, " + day;
              case PLATFORM_FEE -> "Platform fee, " + day;
              default -> "Payout, " + day;
            }));
  }

  private static boolean exists(Connection c, long tenantId, LocalDate day, String currency)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT 1 FROM settlement WHERE tenant_id = ? AND day = ? AND currency = ?")) {
      s.setLong(1, tenantId);
      s.setObject(2, day);
      s.setString(3, currency);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** The carry of the store's latest settlement before {@code day} in this currency. */
  private static long carriedIn(Connection c, long tenantId, LocalDate day, String currency)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT carried_out_micros FROM settlement WHERE tenant_id = ? AND currency = ?"
                + " AND day < ? ORDER BY day DESC LIMIT 1")) {
      s.setLong(1, tenantId);
      s.setString(2, currency);
      s.setObject(3, day);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }
}
