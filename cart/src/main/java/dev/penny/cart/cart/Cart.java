package dev.penny.cart.cart;

import dev.penny.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * The head of a cart: whose it is (a browser's token, or a shopper's subject once signed in), the
 * coupon code and the shipping method chosen. Its lines are {@link CartLine} rows. Nothing priced
 * is stored: a cart is priced from the catalog each time it is shown.
 */
@Entity
@Table(name = "cart")
public class Cart extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 43, updatable = false)
  private String token;

  @Column(name = "shopper_subject", length = 255)
  private String shopperSubject;

  @Column(name = "coupon_code", length = 40)
  private String couponCode;

  @Column(name = "shipping_method_id")
  private Long shippingMethodId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private int version;

  protected Cart() {}

  public Long id() {
    return id;
  }

  String token() {
    return token;
  }

  public Optional<String> couponCode() {
    return Optional.ofNullable(couponCode);
  }

  public Optional<Long> shippingMethodId() {
    return Optional.ofNullable(shippingMethodId);
  }

  void coupon(Optional<String> code, Instant now) {
    this.couponCode = code.orElse(null);
    touch(now);
  }

  void shipping(Optional<Long> methodId, Instant now) {
    this.shippingMethodId = methodId.orElse(null);
    touch(now);
  }

  void touch(Instant now) {
    this.updatedAt = now;
  }
}
