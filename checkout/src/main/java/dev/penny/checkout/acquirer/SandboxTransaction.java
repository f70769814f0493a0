package dev.penny.checkout.acquirer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** One request the sandbox acquirer received, by the caller's request id (its idempotency key). */
@Entity
@Table(name = "sandbox_transaction")
public class SandboxTransaction {

  /** What was asked. */
  public enum Kind {
    AUTHORIZE,
    CAPTURE,
    VOID,
    REFUND
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_id", nullable = false, length = 120, updatable = false)
  private String requestId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10, updatable = false)
  private Kind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private Outcome outcome;

  @Column(length = 40, updatable = false)
  private String reference;

  @Column(length = 40, updatable = false)
  private String authorization;

  @Column(name = "decline_code", length = 40, updatable = false)
  private String declineCode;

  @Column(name = "amount_micros", nullable = false, updatable = false)
  private long amountMicros;

  @Column(nullable = false, length = 3, updatable = false)
  private String currency;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected SandboxTransaction() {}

  SandboxTransaction(
      String requestId,
      Kind kind,
      AcquirerResult result,
      String authorization,
      long amountMicros,
      String currency,
      Instant now) {
    this.requestId = requestId;
    this.kind = kind;
    this.outcome = result.outcome();
    this.reference = result.reference().orElse(null);
    this.declineCode = result.declineCode().orElse(null);
    this.authorization = authorization;
    this.amountMicros = amountMicros;
    this.currency = currency;
    this.createdAt = now;
  }

  AcquirerResult result() {
    return new AcquirerResult(
        outcome, Optional.ofNullable(reference), Optional.ofNullable(declineCode));
  }

  public Kind kind() {
    return kind;
  }

  public String requestId() {
    return requestId;
  }

  public Outcome outcome() {
    return outcome;
  }

  public Optional<String> reference() {
    return Optional.ofNullable(reference);
  }

  public Optional<String> authorization() {
    return Optional.ofNullable(authorization);
  }

  public long amountMicros() {
    return amountMicros;
  }

  public String currency() {
    return currency;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
