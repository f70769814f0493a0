package dev.penny.platform.catalog;

import dev.penny.money.Money;
import dev.penny.platform.input.CatalogText;
import dev.penny.platform.problem.InvalidInputException;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One buyable option of a product, with its SKU (unique in the store), price and stock. */
@Entity
@Table(name = "product_variant")
public class ProductVariant extends ProductPart {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 64)
  private String sku;

  @Column(nullable = false, length = 120)
  private String name;

  @Embedded
  @AttributeOverride(name = "micros", column = @Column(name = "price_micros"))
  @AttributeOverride(name = "currency", column = @Column(name = "price_currency"))
  private Money price;

  @Column(nullable = false)
  private int stock;

  @Column(nullable = false)
  private int position;

  protected ProductVariant() {}

  ProductVariant(Product product, String sku, String name, Money price, int stock, int position) {
    super(product);
    this.price = Money.zero(price.currency());
    this.position = position;
    update(sku, name, price, stock);
  }

  /** Changes the variant; the price must be in the store's currency, stock zero or more. */
  public void update(String sku, String name, Money price, int stock) {
    if (price.isNegative()) {
      throw new InvalidInputException("A price cannot be negative");
    }
    if (!price.currency().equals(this.price.currency())) {
      throw new InvalidInputException("A price must be in the store's currency");
    }
    if (stock < 0) {
      throw new InvalidInputException("Stock cannot be below zero");
    }
    this.sku = CatalogText.required(sku, "SKU", 64);
    this.name = CatalogText.required(name, "variant name", 120);
    this.price = price;
    this.stock = stock;
  }

  public Long id() {
    return id;
  }

  public String sku() {
    return sku;
  }

  public String name() {
    return name;
  }

  public Money price() {
    return price;
  }

  public int stock() {
    return stock;
  }

  public int position() {
    return position;
  }
}
