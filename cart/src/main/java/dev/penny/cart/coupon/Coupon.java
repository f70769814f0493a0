package dev.penny.cart.coupon;

import dev.penny.cart.pricing.Discount;
import dev.penny.money.Money;
import dev.penny.platform.problem.ErrorCode;
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
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/** A code a shopper types to get money off, as the store set it up. */
@Entity
@Table(name = "coupon")
public class Coupon extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 40, updatable = false)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10, updatable = false)
  private CouponKind kind;

  @Column(name = "percent_ppm")
  private Integer percentPpm;

  @Embedded
  @AttributeOverride(name = "micros", column = @Column(name = "amount_micros"))
  @AttributeOverride(name = "currency", column = @Column(name = "amount_currency"))
  private Money amount;

  @Embedded
  @AttributeOverride(name = "micros", column = @Column(name = "minimum_micros"))
  @AttributeOverride(name = "currency", column = @Column(name = "minimum_currency"))
  private Money minimumSubtotal;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "usage_limit")
  private Integer usageLimit;

  @Column(name = "used_count", nullable = false)
  private int usedCount;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Coupon() {}

  Coupon(CouponTerms terms, Instant now) {
    this.code = terms.code();
    this.kind = terms.kind();
    this.percentPpm = terms.kind() == CouponKind.PERCENT ? terms.percentPpm() : null;
    this.amount = terms.kind() == CouponKind.AMOUNT ? terms.amount().orElseThrow() : null;
    this.minimumSubtotal = terms.minimumSubtotal();
    this.expiresAt = terms.expiresAt().orElse(null);
    this.usageLimit = terms.usageLimit().isPresent() ? terms.usageLimit().getAsInt() : null;
    this.active = true;
    this.createdAt = now;
  }

  /** The discount this coupon gives a cart with {@code subtotal} at {@code now}, or the refusal. */
  public Discount discountFor(Money subtotal, Instant now) {
    if (!active) {
      throw CouponRefusedException.unknown();
    }
    if (expiresAt != null && !now.isBefore(expiresAt)) {
      throw new CouponRefusedException(ErrorCode.COUPON_EXPIRED, "That coupon has expired.");
    }
    if (usageLimit != null && usedCount >= usageLimit) {
      throw new CouponRefusedException(
          ErrorCode.COUPON_USED_UP, "That coupon has been used as often as it can be.");
    }
    if (subtotal.compareTo(minimumSubtotal) < 0) {
      throw new CouponRefusedException(
          ErrorCode.COUPON_MINIMUM_NOT_MET,
          "That coupon needs a subtotal of at least " + minimumSubtotal.toPlainString() + ".");
    }
    return kind == CouponKind.PERCENT
        ? new Discount.Percent(percentPpm)
        : new Discount.Amount(amount);
  }

  void deactivate() {
    active = false;
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public CouponKind kind() {
    return kind;
  }

  public OptionalInt percentPpm() {
    return percentPpm == null ? OptionalInt.empty() : OptionalInt.of(percentPpm);
  }

  public Optional<Money> amount() {
    return Optional.ofNullable(amount);
  }

  public Money minimumSubtotal() {
    return minimumSubtotal;
  }

  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  public OptionalInt usageLimit() {
    return usageLimit == null ? OptionalInt.empty() : OptionalInt.of(usageLimit);
  }

  public int usedCount() {
    return usedCount;
  }

  public boolean active() {
    return active;
  }
}
