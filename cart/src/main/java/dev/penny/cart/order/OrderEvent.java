package dev.penny.cart.order;

import dev.penny.money.Money;
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

/**
 * One change to an order, kept for good: from which status to which (the same for a partial
 * refund), who did it, when, and the amount for refunds. Rows are only ever added.
 */
@Entity
@Table(name = "order_event")
public class OrderEvent extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "order_id", nullable = false, updatable = false)
  private long orderId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 12, updatable = false)
  private OrderStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, length = 12, updatable = false)
  private OrderStatus to;

  @Column(nullable = false, length = 255, updatable = false)
  private String actor;

  @Column(nullable = false, length = 40, updatable = false)
  private String kind;

  @Embedded
  @AttributeOverride(name = "micros", column = @Column(name = "amount_micros"))
  @AttributeOverride(name = "currency", column = @Column(name = "amount_currency"))
  private Money amount;

  @Column(name = "happened_at", nullable = false, updatable = false)
  private Instant at;

  @Column(name = "request_key", length = 80, updatable = false)
  private String requestKey;

  protected OrderEvent() {}

  OrderEvent(
      long orderId,
      OrderStatus from,
      OrderStatus to,
      String kind,
      String actor,
      Money amount,
      Instant at) {
    this.orderId = orderId;
    this.from = from;
    this.to = to;
    this.kind = kind;
    this.actor = actor;
    this.amount = amount;
    this.at = at;
  }

  /** The same change, asked for again with {@code key}, is this one. */
  OrderEvent keyed(String key) {
    this.requestKey = key;
    return this;
  }

  public Optional<OrderStatus> from() {
    return Optional.ofNullable(from);
  }

  public OrderStatus to() {
    return to;
  }

  public String kind() {
    return kind;
  }

  public String actor() {
    return actor;
  }

  public Optional<Money> amount() {
    return Optional.ofNullable(amount);
  }

  public Instant at() {
    return at;
  }
}
