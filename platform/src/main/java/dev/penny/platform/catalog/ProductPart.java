package dev.penny.platform.catalog;

import dev.penny.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;

/**
 * A row that belongs to a product (a variant, an image), joined to it on the product's id and
 * store, so that every join and collection load between the two tables carries {@code tenant_id}
 * and reads the tenant-led foreign-key index. Hibernate cannot write a column pair of which one is
 * also the {@code @TenantId}, so the association only reads and {@link #productId} writes {@code
 * product_id}.
 */
@MappedSuperclass
public abstract class ProductPart extends TenantOwned {

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

  protected ProductPart() {}

  protected ProductPart(Product product) {
    this.product = product;
  }

  /** The product is inserted first (its id comes from the database), then its parts. */
  @PrePersist
  void takeProductId() {
    productId = product.id();
  }

  public Product product() {
    return product;
  }
}
