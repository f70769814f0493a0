package dev.penny.cart.order;

import dev.penny.money.Money;
import dev.penny.platform.tenancy.TenantOwned;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What an order bought, as it was when it was placed: names and prices are copied, so a later
 * change to the catalog never changes an order.
 */
@Entity
@Table(name = "order_line")
public class OrderLine extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "order_id", nullable = false, updatable = false)
  private long orderId;

  @Column(name = "variant_id", nullable = false, updatable = false)
  private long variantId;

  @Column(name = "product_id", nullable = false, updatable = false)
  private long productId;

  @Column(name = "product_name", nullable = false, updatable = false, length = 160)
  private String productName;

  @Column(name = "variant_name", nullable = false, updatable = false, length = 120)
  private String variantName;

  @Column(nullable = false, updatable = false, length = 64)
  private String sku;

  @Embedded
  @AttributeOverride(name = "micros", column = @Column(name = "unit_price_micros"))
  @AttributeOverride(name = "currency", column = @Column(name = "currency"))
  private Money unitPrice;

  @Column(nullable = false, updatable = false)
  private int quantity;

  @Column(nullable = false, updatable = false)
  private boolean physical;

  protected OrderLine() {}

  OrderLine(long orderId, PlacedLine line) {
    this.orderId = orderId;
    this.variantId = line.variantId();
    this.productId = line.productId();
    this.productName = line.productName();
    this.variantName = line.variantName();
    this.sku = line.sku();
    this.unitPrice = line.unitPrice();
    this.quantity = line.quantity();
    this.physical = line.physical();
  }

  public long variantId() {
    return variantId;
  }

  public long productId() {
    return productId;
  }

  public String productName() {
    return productName;
  }

  public String variantName() {
    return variantName;
  }

  public String sku() {
    return sku;
  }

  public Money unitPrice() {
    return unitPrice;
  }

  public int quantity() {
    return quantity;
  }

  public Money total() {
    return unitPrice.times(quantity);
  }

  public boolean physical() {
    return physical;
  }

  /** A line of an order being placed, taken from the priced cart. */
  public record PlacedLine(
      long variantId,
      long productId,
      String productName,
      String variantName,
      String sku,
      Money unitPrice,
      int quantity,
      boolean physical) {}
}
