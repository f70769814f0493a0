package dev.penny.platform.store;

import dev.penny.money.Money;
import dev.penny.platform.problem.InvalidInputException;
import dev.penny.platform.tenancy.TenantOwned;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A way a store ships physical goods, at a flat price (which may be zero). */
@Entity
@Table(name = "shipping_method")
public class ShippingMethod extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 80)
  private String name;

  @Embedded
  @AttributeOverride(name = "micros", column = @Column(name = "price_micros"))
  @AttributeOverride(name = "currency", column = @Column(name = "price_currency"))
  private Money price;

  @Column(nullable = false)
  private int position;

  protected ShippingMethod() {}

  public ShippingMethod(String name, Money price, int position) {
    if (name == null || name.isBlank() || name.strip().length() > 80) {
      throw new InvalidInputException("A shipping method's name is 1 to 80 characters");
    }
    dev.penny.platform.input.InputChecks.refusal(name, "A shipping method's name", 80)
        .ifPresent(
            refused -> {
              throw new InvalidInputException(refused);
            });
    if (price.isNegative()) {
      throw new InvalidInputException("A shipping price cannot be negative");
    }
    this.name = name.strip();
    this.price = price;
    this.position = position;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Money price() {
    return price;
  }

  public int position() {
    return position;
  }
}
