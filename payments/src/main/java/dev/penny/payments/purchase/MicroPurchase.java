package dev.penny.payments.purchase;

import dev.penny.money.Money;
import dev.penny.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A store's record of one micro-purchase, as its pages and the admin read it. The ledger writer
 * inserts it with its transfer (same id, same transaction); nothing here changes it.
 */
@Entity
@Table(name = "micro_purchase")
public class MicroPurchase extends TenantOwned {

  @Id private Long id;

  @Column(nullable = false, updatable = false)
  private String shopper;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private PurchaseKind kind;

  @Column(name = "item_id", updatable = false)
  private Long itemId;

  @Column(name = "item_title", nullable = false, updatable = false)
  private String itemTitle;

  @Column(updatable = false)
  private String note;

  @Column(name = "amount_micros", nullable = false, updatable = false)
  private long amountMicros;

  @Column(nullable = false, updatable = false)
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Funding funding;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Channel channel;

  @Column(nullable = false)
  private String status;

  @Column(name = "expires_at", updatable = false)
  private Instant expiresAt;

  @Column(name = "tab_charge_id")
  private Long tabChargeId;

  /** How much of a tab line card charges collected (or one under way claimed). */
  @Column(name = "charged_micros", insertable = false, updatable = false)
  private long chargedMicros;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  /** What its refunds (done or under way) add up to, read with it (tenant-led index). */
  @org.hibernate.annotations.Formula(
      "(SELECT COALESCE(SUM(r.amount_micros), 0) FROM micro_refund r"
          + " WHERE r.tenant_id = tenant_id AND r.purchase_id = id AND r.status <> 'FAILED')")
  private long refundedMicros;

  protected MicroPurchase() {}

  public long id() {
    return id;
  }

  public String shopper() {
    return shopper;
  }

  public PurchaseKind kind() {
    return kind;
  }

  public OptionalLong itemId() {
    return itemId == null ? OptionalLong.empty() : OptionalLong.of(itemId);
  }

  public String itemTitle() {
    return itemTitle;
  }

  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  public Money amount() {
    return Money.ofMicros(amountMicros, Currency.getInstance(currency));
  }

  /** What has been refunded of it (or is being refunded); zero when nothing. */
  public Money refunded() {
    return Money.ofMicros(refundedMicros, Currency.getInstance(currency));
  }

  public Funding funding() {
    return funding;
  }

  public Channel channel() {
    return channel;
  }

  public boolean isVoided() {
    return status.equals("VOIDED");
  }

  /** Collected (paid from the wallet, or on a tab a card charge collected): refundable. */
  public boolean isCollected() {
    return !isVoided() && (funding == Funding.WALLET || tabChargeId != null);
  }

  /** Still on an open tab: not voided and not yet collected by a card charge. */
  public boolean isOnOpenTab() {
    return funding == Funding.TAB && !isVoided() && tabChargeId == null;
  }

  /**
   * On an open tab but claimed, wholly or in part, by a card charge (one under way, or one that
   * collected all but its sub-cent rest): no longer voidable.
   */
  public boolean isInCardCharge() {
    return isOnOpenTab() && chargedMicros > 0;
  }

  /** On an open tab and in no card charge: the store may still void it. */
  public boolean isVoidable() {
    return isOnOpenTab() && chargedMicros == 0;
  }

  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  public Instant createdAt() {
    return createdAt;
  }
}
