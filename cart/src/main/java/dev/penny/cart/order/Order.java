package dev.penny.cart.order;

import dev.penny.cart.pricing.CartTotals;
import dev.penny.money.Money;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.problem.InvalidInputException;
import dev.penny.platform.tenancy.TenantOwned;
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
import java.util.List;
import java.util.Optional;

/**
 * An order of one store: its number there, who placed it, where it goes, what it costs (copied from
 * the priced cart when it was placed) and where it is now. Amounts share one currency column,
 * written by the total.
 */
@Entity
@Table(name = "store_order")
public class Order extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private long number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private OrderStatus status;

  @Column(nullable = false, length = 254, updatable = false)
  private String email;

  @Column(name = "shopper_subject", length = 255, updatable = false)
  private String shopperSubject;

  @Embedded private ShippingAddress shippingAddress;

  @Column(name = "shipping_method", length = 80, updatable = false)
  private String shippingMethod;

  @Column(name = "coupon_code", length = 40, updatable = false)
  private String couponCode;

  @Embedded
  @AttributeOverride(name = "micros", column = @Column(name = "total_micros", updatable = false))
  @AttributeOverride(name = "currency", column = @Column(name = "currency", updatable = false))
  private Money total;

  @Embedded
  @AttributeOverride(name = "micros", column = @Column(name = "subtotal_micros", updatable = false))
  @AttributeOverride(
      name = "currency",
      column = @Column(name = "currency", insertable = false, updatable = false))
  private Money subtotal;

  @Embedded
  @AttributeOverride(name = "micros", column = @Column(name = "discount_micros", updatable = false))
  @AttributeOverride(
      name = "currency",
      column = @Column(name = "currency", insertable = false, updatable = false))
  private Money discount;

  @Embedded
  @AttributeOverride(name = "micros", column = @Column(name = "shipping_micros", updatable = false))
  @AttributeOverride(
      name = "currency",
      column = @Column(name = "currency", insertable = false, updatable = false))
  private Money shipping;

  @Embedded
  @AttributeOverride(name = "micros", column = @Column(name = "tax_micros", updatable = false))
  @AttributeOverride(
      name = "currency",
      column = @Column(name = "currency", insertable = false, updatable = false))
  private Money tax;

  @Embedded
  @AttributeOverride(name = "micros", column = @Column(name = "refunded_micros"))
  @AttributeOverride(
      name = "currency",
      column = @Column(name = "currency", insertable = false, updatable = false))
  private Money refunded;

  @Column(name = "payment_id", length = 40)
  private String paymentId;

  @Column(name = "charged_micros", nullable = false)
  private long chargedMicros;

  @Column(name = "access_key", nullable = false, length = 32, updatable = false)
  private String accessKey;

  @Column(name = "placed_at", nullable = false, updatable = false)
  private Instant placedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private int version;

  protected Order() {}

  Order(
      long number,
      String email,
      Optional<String> shopperSubject,
      Optional<ShippingAddress> address,
      Optional<String> shippingMethod,
      Optional<String> couponCode,
      CartTotals totals,
      String accessKey,
      Instant now) {
    this.number = number;
    this.accessKey = accessKey;
    this.chargedMicros = totals.charged().micros();
    this.status = OrderStatus.PENDING;
    this.email = email;
    this.shopperSubject = shopperSubject.orElse(null);
    this.shippingAddress = address.orElse(null);
    this.shippingMethod = shippingMethod.orElse(null);
    this.couponCode = couponCode.orElse(null);
    this.total = totals.total();
    this.subtotal = totals.subtotal();
    this.discount = totals.discount();
    this.shipping = totals.shipping();
    this.tax = totals.tax();
    this.refunded = Money.zero(totals.total().currency());
    this.placedAt = now;
    this.updatedAt = now;
  }

  /** Moves the order to {@code next} if the table of transitions allows it; refused otherwise. */
  void moveTo(OrderStatus next, Instant now) {
    requireCanBecome(next);
    status = next;
    updatedAt = now;
  }

  /** Refuses (before anything else is done) a change the table of transitions does not allow. */
  void requireCanBecome(OrderStatus next) {
    if (!status.canBecome(next)) {
      throw new InvalidInputException(
          ErrorCode.ORDER_STATE_CONFLICT,
          List.of(
              "A "
                  + status.label().toLowerCase()
                  + " order cannot become "
                  + next.label().toLowerCase()
                  + "."));
    }
  }

  /**
   * Refuses a refund of nothing ({@code invalid_amount}, 400) or of more than is left to refund
   * ({@code refund_exceeds_remaining}, 409, as a micro-purchase's refund).
   */
  void checkRefundable(Money amount) {
    if (!amount.isPositive()) {
      throw new InvalidInputException(
          ErrorCode.INVALID_AMOUNT, List.of("A refund is an amount above zero."));
    }
    if (amount.compareTo(refundable()) > 0) {
      throw new InvalidInputException(
          ErrorCode.REFUND_EXCEEDS_REMAINING,
          List.of(
              "A refund is at most what is left to refund: " + refundable().toPlainString() + "."));
    }
  }

  /** Adds a refund of {@code amount}; a refund of everything left makes the order refunded. */
  void refund(Money amount, Instant now) {
    if (!status.refundable()) {
      throw new InvalidInputException(
          ErrorCode.ORDER_STATE_CONFLICT,
          List.of("Only a paid or fulfilled order can be refunded."));
    }
    checkRefundable(amount);
    refunded = refunded.plus(amount);
    updatedAt = now;
    if (refunded.equals(charged())) {
      moveTo(OrderStatus.REFUNDED, now);
    }
  }

  /**
   * Records what a cancellation refunded (the rest of a captured card): the order is cancelled, not
   * refunded, and says how much went back.
   */
  void refundedOnCancel(Money amount, Instant now) {
    if (!amount.isPositive() || amount.compareTo(refundable()) > 0) {
      throw new IllegalArgumentException("Above zero and at most what is left: " + amount);
    }
    refunded = refunded.plus(amount);
    updatedAt = now;
  }

  void paymentOpened(String paymentId) {
    this.paymentId = paymentId;
  }

  /** Whether {@code key} opens this order's pages (compared in constant time). */
  public boolean openedBy(String key) {
    return key != null
        && java.security.MessageDigest.isEqual(
            accessKey.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
            key.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }

  public Optional<String> paymentId() {
    return Optional.ofNullable(paymentId);
  }

  /** What the card is charged: the total in whole minor units (rounded half up, once). */
  public Money charged() {
    return Money.ofMicros(chargedMicros, total.currency());
  }

  /** The total's difference to what the card is charged (below one minor unit either way). */
  public Money rounding() {
    return charged().minus(total);
  }

  public String accessKey() {
    return accessKey;
  }

  public boolean hasPhysicalLines(java.util.List<OrderLine> lines) {
    return lines.stream().anyMatch(OrderLine::physical);
  }

  /** What can still be refunded. */
  public Money refundable() {
    return charged().minus(refunded);
  }

  public Long id() {
    return id;
  }

  public long number() {
    return number;
  }

  public OrderStatus status() {
    return status;
  }

  public String email() {
    return email;
  }

  public Optional<String> shopperSubject() {
    return Optional.ofNullable(shopperSubject);
  }

  public Optional<ShippingAddress> shippingAddress() {
    return Optional.ofNullable(shippingAddress);
  }

  public Optional<String> shippingMethod() {
    return Optional.ofNullable(shippingMethod);
  }

  public Optional<String> couponCode() {
    return Optional.ofNullable(couponCode);
  }

  public CartTotals totals() {
    return new CartTotals(subtotal, discount, shipping, tax, total);
  }

  public Money total() {
    return total;
  }

  public Money refunded() {
    return refunded;
  }

  public Instant placedAt() {
    return placedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
