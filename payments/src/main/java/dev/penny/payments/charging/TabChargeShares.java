package dev.penny.payments.charging;

import dev.penny.money.Money;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** A store's part of the tab charges that collected for it: newest first, paged by charge. */
@ApplicationScoped
public class TabChargeShares {

  @Resource(lookup = "java:app/jdbc/penny")
  DataSource dataSource;

  /**
   * One charge's part for one store: what it collected for the store, over how many lines, the
   * store's share of its card fee, and what those lines would have cost as separate card payments.
   */
  public record Share(
      long chargeId,
      String charge,
      LocalDate day,
      Money collected,
      Money fee,
      Money standaloneFee,
      int lines) {}

  /** The store's shares of charges older than {@code beforeCharge} (0: from the newest). */
  public List<Share> ofStore(long tenantId, long beforeCharge, int limit) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT sh.charge_id, ch.public_id, sh.day, sh.amount_micros, sh.fee_micros,"
                    + " sh.standalone_fee_micros, sh.line_count, sh.currency"
                    + " FROM tab_charge_share sh JOIN tab_charge ch ON ch.id = sh.charge_id"
                    + " WHERE sh.tenant_id = ? AND sh.charge_id < ?"
                    + " ORDER BY sh.charge_id DESC LIMIT ?")) {
      s.setLong(1, tenantId);
      s.setLong(2, beforeCharge <= 0 ? Long.MAX_VALUE : beforeCharge);
      s.setInt(3, limit);
      List<Share> shares = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String currency = rs.getString(8);
          shares.add(
              new Share(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getObject(3, LocalDate.class),
                  Money.ofMicros(rs.getLong(4), currency),
                  Money.ofMicros(rs.getLong(5), currency),
                  Money.ofMicros(rs.getLong(6), currency),
                  rs.getInt(7)));
        }
      }
      return shares;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the store's tab charges", e);
    }
  }
}
