package dev.penny.payments.charging;

import dev.penny.money.Money;
import dev.penny.payments.Statements;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The itemised receipt of an aggregated tab charge, as the card networks' rules ask: every purchase
 * it collected (date, store, item, amount), the charge's date and amount, the card's brand and last
 * four, and the tab agreement it was made under. Written in the transaction that records the
 * charge's success; mailed afterwards ({@link #unsent}, {@link #markSent}). The same queue carries
 * the notice that a tab locked ({@link #writeLockNotice}), keyed by the failed charge, which has no
 * receipt.
 */
@ApplicationScoped
public class TabReceipts {

  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
  static final int MAX_ATTEMPTS = 10;

  @Resource(lookup = "java:app/jdbc/penny")
  DataSource dataSource;

  /** A receipt to mail. */
  public record Receipt(long chargeId, String recipient, String subject, String body) {}

  /**
   * Tells the shopper their tab locked: which charge failed on which card, that tab purchases are
   * refused in every store until it is paid, that the wallet still works, and where to pay it (the
   * wallet page of a store whose lines the charge held). Written with the failure.
   */
  void writeLockNotice(Connection c, ClaimedCharge charge, Instant at) throws SQLException {
    String recipient;
    String cardLabel;
    String store;
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT t.receipt_email, ch.card_label, (SELECT tn.slug FROM tab_charge_line l"
                + " JOIN tenant tn ON tn.id = l.tenant_id WHERE l.charge_id = ch.id"
                + " ORDER BY l.tenant_id LIMIT 1)"
                + " FROM tab_charge ch JOIN tab t ON t.account_id = ch.tab_account"
                + " WHERE ch.id = ?")) {
      s.setLong(1, charge.id());
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return;
        }
        recipient = rs.getString(1);
        cardLabel = rs.getString(2);
        store = rs.getString(3);
      }
    }
    String amount =
        charge.amount().toPlainString() + " " + charge.amount().currency().getCurrencyCode();
    String publicUrl =
        org.eclipse.microprofile.config.ConfigProvider.getConfig()
            .getOptionalValue("penny.public-url", String.class)
            .orElse("http://localhost:8080");
    String body =
        "Charging your Penny tab failed, so your tab is locked.\n\n"
            + "Amount: "
            + amount
            + "\nCard: "
            + cardLabel
            + "\nCharge: "
            + charge.publicId()
            + "\nAttempts: "
            + (charge.attempts() + 1)
            + "\n\nWhile it is locked, purchases on your tab are refused in every Penny store;"
            + " your wallet still pays. Pay your tab now, with this card or another, on your"
            + " wallet page"
            + (store == null ? "" : ": " + publicUrl + "/s/" + store + "/wallet")
            + "\nOnce it is paid the tab opens again.\n";
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO tab_receipt (charge_id, recipient, subject, body, created_at)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      insert.setLong(1, charge.id());
      insert.setString(2, recipient);
      insert.setString(3, "Your Penny tab is locked: " + amount + " could not be charged");
      insert.setString(4, body);
      insert.setTimestamp(5, Timestamp.from(at));
      insert.executeUpdate();
    }
  }

  void write(Connection c, long chargeId, Instant at) throws SQLException {
    String recipient;
    String cardLabel;
    Money amount;
    String publicId;
    String consentVersion;
    Instant consentedAt;
    String wording;
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT t.receipt_email, ch.card_label, ch.amount_micros, ch.currency, ch.public_id,"
                + " t.consent_version, t.consented_at, t.consent_wording FROM tab_charge ch"
                + " JOIN tab t ON t.account_id = ch.tab_account WHERE ch.id = ?")) {
      s.setLong(1, chargeId);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        recipient = rs.getString(1);
        cardLabel = rs.getString(2);
        amount = Money.ofMicros(rs.getLong(3), rs.getString(4));
        publicId = rs.getString(5);
        consentVersion = rs.getString(6);
        consentedAt = rs.getTimestamp(7).toInstant();
        wording = rs.getString(8);
      }
    }
    StringBuilder body = new StringBuilder();
    body.append("Your Penny tab was charged.\n\n")
        .append("Amount: ")
        .append(amount.toPlainString())
        .append(' ')
        .append(amount.currency().getCurrencyCode())
        .append('\n')
        .append("Date: ")
        .append(WHEN.format(at))
        .append('\n')
        .append("Card: ")
        .append(cardLabel)
        .append('\n')
        .append("Charge: ")
        .append(publicId)
        .append("\n\nPurchases (date, store, item, amount):\n");
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT p.created_at, tn.name, p.item_title, l.covered_micros, p.amount_micros"
                + " FROM tab_charge_line l"
                + " JOIN micro_purchase p ON p.tenant_id = l.tenant_id AND p.id = l.purchase_id"
                + " JOIN tenant tn ON tn.id = l.tenant_id"
                + " WHERE l.charge_id = ? ORDER BY p.id")) {
      s.setLong(1, chargeId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          Money covered = Money.ofMicros(rs.getLong(4), amount.currency());
          Money whole = Money.ofMicros(rs.getLong(5), amount.currency());
          body.append(WHEN.format(rs.getTimestamp(1).toInstant()))
              .append("  ")
              .append(rs.getString(2))
              .append("  ")
              .append(rs.getString(3))
              .append("  ")
              .append(covered.toPlainString());
          if (!covered.equals(whole)) {
            body.append(" (part of ").append(whole.toPlainString()).append(")");
          }
          body.append('\n');
        }
      }
    }
    body.append("Total: ")
        .append(amount.toPlainString())
        .append(' ')
        .append(amount.currency().getCurrencyCode())
        .append("\n\nWhat is left below one cent stays on your tab for its next charge.\n")
        .append("This aggregated charge was made under the tab agreement (version ")
        .append(consentVersion)
        .append(") you accepted on ")
        .append(WHEN.format(consentedAt))
        .append(":\n\"")
        .append(wording)
        .append("\"\n");
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO tab_receipt (charge_id, recipient, subject, body, created_at)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      insert.setLong(1, chargeId);
      insert.setString(2, recipient);
      insert.setString(
          3,
          "Your Penny tab: "
              + amount.toPlainString()
              + " "
              + amount.currency().getCurrencyCode()
              + " charged to "
              + cardLabel);
      insert.setString(4, body.toString());
      insert.setTimestamp(5, Timestamp.from(at));
      insert.executeUpdate();
    }
  }

  /** Receipts not mailed yet that have an address. */
  public List<Receipt> unsent(int limit) {
    List<Receipt> receipts = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT charge_id, recipient, subject, body FROM tab_receipt"
                    + " WHERE sent_at IS NULL AND recipient IS NOT NULL AND attempts < ?"
                    + " ORDER BY charge_id LIMIT ?")) {
      s.setInt(1, MAX_ATTEMPTS);
      s.setInt(2, limit);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          receipts.add(
              new Receipt(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        }
      }
      return receipts;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the tab receipts", e);
    }
  }

  /** The receipt of a shopper's charge, by the charge's public id. */
  public Optional<Receipt> ofCharge(String shopper, String chargePublicId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT r.charge_id, r.recipient, r.subject, r.body FROM tab_receipt r"
                    + " JOIN tab_charge ch ON ch.id = r.charge_id"
                    + " WHERE ch.public_id = ? AND ch.shopper = ?")) {
      s.setString(1, chargePublicId);
      s.setString(2, shopper);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next()
            ? Optional.of(
                new Receipt(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the tab receipt", e);
    }
  }

  public void markSent(long chargeId, Instant at) {
    update("UPDATE tab_receipt SET sent_at = ? WHERE charge_id = ?", Timestamp.from(at), chargeId);
  }

  public void markFailed(long chargeId) {
    update("UPDATE tab_receipt SET attempts = attempts + 1 WHERE charge_id = ?", chargeId);
  }

  private void update(String sql, Object... values) {
    try (Connection c = dataSource.getConnection()) {
      Statements.update(c, sql, values);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not update the tab receipt", e);
    }
  }
}
