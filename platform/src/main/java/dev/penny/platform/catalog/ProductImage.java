package dev.penny.platform.catalog;

import dev.penny.platform.input.CatalogText;
import dev.penny.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

/** A picture of a product, by URL, with the alternative text a screen reader says. */
@Entity
@Table(name = "product_image")
public class ProductImage extends TenantOwned {

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

  @Column(nullable = false, length = 500)
  private String url;

  @Column(name = "alt_text", nullable = false, length = 200)
  private String altText;

  @Column(nullable = false)
  private int position;

  protected ProductImage() {}

  ProductImage(Product product, String url, String altText, int position) {
    this.product = product;
    this.url = CatalogText.required(url, "image URL", 500);
    this.altText = CatalogText.required(altText, "image description", 200);
    this.position = position;
  }

  public Long id() {
    return id;
  }

  public String url() {
    return url;
  }

  public String altText() {
    return altText;
  }

  public int position() {
    return position;
  }
}
