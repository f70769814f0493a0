package dev.penny.payments.machine;

import dev.penny.payments.Statements;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Payment ids of HTTP 402 payments answered with an unlock held already, bound to that answer
 * ({@code machine_payment_held}): a charged payment's id is bound by its ledger transfer, one that
 * charged nothing would otherwise stay free for another payment.
 */
@ApplicationScoped
public class HeldPaymentAnswers {

  /** What a payment id was answered with: the store, the content item and the unlock held. */
  public record Answer(long tenantId, long contentId, long purchaseId) {

    boolean sameRequest(long tenantId, long contentId) {
      return this.tenantId == tenantId && this.contentId == contentId;
    }
  }

  @Resource(lookup = "java:app/jdbc/penny")
  DataSource dataSource;

  /** The answer the payment's key was bound to, if any. */
  public Optional<Answer> of(String idemKey) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT tenant_id, content_id, purchase_id FROM machine_payment_held"
                    + " WHERE idem_key = ?")) {
      s.setString(1, idemKey);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next()
            ? Optional.of(new Answer(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read a payment's answer", e);
    }
  }

  /**
   * Binds the key to {@code answer} unless it is bound already or a ledger transfer carries it (a
   * charge was made under this payment id): the answer it is bound to now (this one, or the one
   * another request bound it to first); empty when a charge carries the key.
   */
  public Optional<Answer> bind(String idemKey, Answer answer, Instant now) {
    int bound =
        Statements.inTransaction(
            dataSource,
            "record a payment's answer",
            c ->
                Statements.update(
                    c,
                    "INSERT IGNORE INTO machine_payment_held (idem_key, tenant_id, content_id,"
                        + " purchase_id, created_at) SELECT ?, ?, ?, ?, ? FROM DUAL WHERE NOT"
                        + " EXISTS (SELECT 1 FROM ledger_transfer WHERE idem_key = ?)",
                    idemKey,
                    answer.tenantId(),
                    answer.contentId(),
                    answer.purchaseId(),
                    Timestamp.from(now),
                    idemKey));
    return bound == 1 ? Optional.of(answer) : of(idemKey);
  }
}
