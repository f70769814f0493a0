package dev.penny.cart.cart;

import dev.penny.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A variant and how many of it a cart holds; one line per variant. */
@Entity
@Table(name = "cart_line")
public class CartLine extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "cart_id", nullable = false, updatable = false)
  private long cartId;

  @Column(name = "variant_id", nullable = false, updatable = false)
  private long variantId;

  @Column(nullable = false)
  private int quantity;

  @Column(name = "added_at", nullable = false, updatable = false)
  private Instant addedAt;

  protected CartLine() {}

  CartLine(long cartId, long variantId, int quantity, Instant now) {
    this.cartId = cartId;
    this.variantId = variantId;
    this.quantity = CartQuantity.check(quantity);
    this.addedAt = now;
  }

  public Long id() {
    return id;
  }

  public long variantId() {
    return variantId;
  }

  public int quantity() {
    return quantity;
  }

  public Instant addedAt() {
    return addedAt;
  }

  void quantity(int quantity) {
    this.quantity = CartQuantity.check(quantity);
  }
}
