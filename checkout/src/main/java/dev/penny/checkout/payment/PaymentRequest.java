package dev.penny.checkout.payment;

import dev.penny.money.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One request sent to the acquirer, recorded before it left, with its answer once known: the
 * journal that makes every request idempotent and every unknown outcome findable.
 */
@Entity
@Table(name = "payment_request")
public class PaymentRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_id", nullable = false, length = 120, updatable = false)
  private String requestId;

  @Column(name = "payment_id", nullable = false, length = 40, updatable = false)
  private String paymentId;

  @Column(nullable = false, length = 12, updatable = false)
  private String kind;

  @Embedded
  @AttributeOverride(name = "micros", column = @Column(name = "amount_micros", updatable = false))
  @AttributeOverride(name = "currency", column = @Column(name = "currency", updatable = false))
  private Money amount;

  @Column(length = 20)
  private String outcome;

  @Column(name = "sent_at", nullable = false, updatable = false)
  private Instant sentAt;

  protected PaymentRequest() {}

  PaymentRequest(String requestId, String paymentId, String kind, Money amount, Instant now) {
    this.requestId = requestId;
    this.paymentId = paymentId;
    this.kind = kind;
    this.amount = amount;
    this.sentAt = now;
  }
}
