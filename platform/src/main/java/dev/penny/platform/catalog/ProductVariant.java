package dev.penny.platform.catalog;

import dev.penny.money.Money;
import dev.penny.platform.input.CatalogText;
import dev.penny.platform.problem.InvalidInputException;
import dev.penny.platform.tenancy.TenantOwned;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

/** One buyable option of a product, with its SKU (unique in the store), price and stock. */
@Entity
@Table(name = "product_variant")
public class ProductVariant extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /**
   * Joined on the product's id and store, so that every join and collection load between the two
   * tables carries {@code tenant_id} and reads the tenant-led foreign-key index. Hibernate cannot
   * write a column pair of which one is also the {@code @TenantId}, so the association only reads
   * and {@link #productId} writes {@code product_id}.
   */
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(
      name = "product_id",
      referencedColumnName = "id",
      insertable = false,
      updatable = false)
  @JoinColumn(
      name = "tenant_id",
      referencedColumnName = "tenant_id",
      insertable = false,
      updatable = false)
  private Product product;

  @Column(name = "product_id", nullable = false, updatable = false)
  private Long productId;

  /** The product is inserted first (its id comes from the database), then its children. */
  @PrePersist
  void takeProductId() {
    productId = product.id();
  }

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
    this.product = product;
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

  public Product product() {
    return product;
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
