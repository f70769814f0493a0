package dev.penny.checkout.payment;

import dev.penny.money.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * What a store asked the zone to collect: an amount in whole minor units, for an order of the
 * store, captured at once (digital goods) or later (on fulfilment). The card page proves it may act
 * on the payment with the client secret, of which only a hash is kept.
 */
@Entity
@Table(name = "payment")
public class Payment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "public_id", nullable = false, length = 40, updatable = false)
  private String publicId;

  @Column(name = "secret_hash", nullable = false, length = 64)
  private String secretHash;

  @Column(nullable = false, length = 60, updatable = false)
  private String store;

  @Column(name = "order_ref", nullable = false, length = 60, updatable = false)
  private String orderRef;

  @Embedded
  @AttributeOverride(name = "micros", column = @Column(name = "amount_micros", updatable = false))
  @AttributeOverride(name = "currency", column = @Column(name = "currency", updatable = false))
  private Money amount;

  @Column(length = 255, updatable = false)
  private String shopper;

  @Column(name = "capture_at_once", nullable = false, updatable = false)
  private boolean captureAtOnce;

  @Column(name = "frame_origin", nullable = false, length = 200, updatable = false)
  private String frameOrigin;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private PaymentStatus status;

  @Column(name = "card_token", length = 40)
  private String cardToken;

  @Column(name = "authorization_ref", length = 40)
  private String authorization;

  @Column(name = "pending_request", length = 80)
  private String pendingRequest;

  @Column(name = "decline_code", length = 40)
  private String declineCode;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "captured_micros", nullable = false)
  private long capturedMicros;

  @Column(name = "refunded_micros", nullable = false)
  private long refundedMicros;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private int version;

  protected Payment() {}

  Payment(
      String publicId,
      String secretHash,
      String store,
      String orderRef,
      Money amount,
      Optional<String> shopper,
      boolean captureAtOnce,
      String frameOrigin,
      Instant now) {
    this.publicId = publicId;
    this.secretHash = secretHash;
    this.store = store;
    this.orderRef = orderRef;
    this.amount = amount;
    this.shopper = shopper.orElse(null);
    this.captureAtOnce = captureAtOnce;
    this.frameOrigin = frameOrigin;
    this.status = PaymentStatus.REQUIRES_CARD;
    this.createdAt = now;
    this.updatedAt = now;
  }

  void moveTo(PaymentStatus next, Instant now) {
    if (!status.canBecome(next)) {
      throw new PaymentStateException(status, next);
    }
    status = next;
    updatedAt = now;
  }

  void attempt(String cardToken, String requestId, Instant now) {
    moveTo(PaymentStatus.UNKNOWN, now);
    this.cardToken = cardToken;
    this.pendingRequest = requestId;
    this.declineCode = null;
    this.attempts++;
    this.updatedAt = now;
  }

  void authorized(String authorization, Instant now) {
    moveTo(PaymentStatus.AUTHORIZED, now);
    this.authorization = authorization;
    this.pendingRequest = null;
  }

  void declined(String code, Instant now) {
    moveTo(PaymentStatus.REQUIRES_CARD, now);
    this.declineCode = code;
    this.pendingRequest = null;
  }

  void captured(Money amount, Instant now) {
    moveTo(PaymentStatus.CAPTURED, now);
    this.capturedMicros = amount.micros();
  }

  void refunded(Money amount, Instant now) {
    this.refundedMicros += amount.micros();
    this.updatedAt = now;
    if (refundedMicros == capturedMicros) {
      moveTo(PaymentStatus.REFUNDED, now);
    }
  }

  /** A new client secret for the card page; the previous one stops working. */
  void newSecret(String hash) {
    this.secretHash = hash;
  }

  boolean secretMatches(String hash) {
    return java.security.MessageDigest.isEqual(
        secretHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        hash.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }

  public String publicId() {
    return publicId;
  }

  public String store() {
    return store;
  }

  public String orderRef() {
    return orderRef;
  }

  public Money amount() {
    return amount;
  }

  public Optional<String> shopper() {
    return Optional.ofNullable(shopper);
  }

  public boolean captureAtOnce() {
    return captureAtOnce;
  }

  public String frameOrigin() {
    return frameOrigin;
  }

  public PaymentStatus status() {
    return status;
  }

  public Optional<String> cardToken() {
    return Optional.ofNullable(cardToken);
  }

  public Optional<String> authorization() {
    return Optional.ofNullable(authorization);
  }

  public Optional<String> pendingRequest() {
    return Optional.ofNullable(pendingRequest);
  }

  public Optional<String> declineCode() {
    return Optional.ofNullable(declineCode);
  }

  /** When the payment last changed (for an unknown one: since when it is unknown). */
  public Instant updatedAt() {
    return updatedAt;
  }

  public int attempts() {
    return attempts;
  }

  public Money captured() {
    return Money.ofMicros(capturedMicros, amount.currency());
  }

  public Money refunded() {
    return Money.ofMicros(refundedMicros, amount.currency());
  }
}
