package dev.penny.platform.catalog;

import dev.penny.platform.input.CatalogText;
import dev.penny.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Something a store sells. What is bought is always one of its variants (size, grind, format), each
 * with its own SKU, price and stock; a product without options has one variant.
 */
@Entity
@Table(name = "product")
public class Product extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 80)
  private String slug;

  @Column(nullable = false, length = 160)
  private String name;

  @Column(length = 300)
  private String summary;

  @Column(columnDefinition = "TEXT")
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ProductKind kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "category_id")
  private Category category;

  @Column(nullable = false)
  private boolean featured;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CatalogStatus status;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @OneToMany(mappedBy = "product", cascade = jakarta.persistence.CascadeType.ALL)
  @org.hibernate.annotations.BatchSize(size = 100)
  @OrderBy("position, id")
  private List<ProductVariant> variants = new ArrayList<>();

  // An image taken off the list is deleted with it.
  @OneToMany(
      mappedBy = "product",
      cascade = jakarta.persistence.CascadeType.ALL,
      orphanRemoval = true)
  @org.hibernate.annotations.BatchSize(size = 100)
  @OrderBy("position, id")
  private List<ProductImage> images = new ArrayList<>();

  protected Product() {}

  public Product(
      String slug,
      String name,
      String summary,
      String description,
      ProductKind kind,
      Category category,
      boolean featured,
      Instant createdAt) {
    this.slug = CatalogText.slug(slug);
    this.name = CatalogText.required(name, "name", 160);
    this.summary = CatalogText.optional(summary, 300, "summary");
    this.description = description;
    this.kind = kind;
    this.category = category;
    this.featured = featured;
    this.status = CatalogStatus.ACTIVE;
    this.createdAt = createdAt;
  }

  public ProductVariant addVariant(
      String sku, String name, dev.penny.money.Money price, int stock) {
    ProductVariant variant = new ProductVariant(this, sku, name, price, stock, variants.size());
    variants.add(variant);
    return variant;
  }

  public ProductImage addImage(String url, String altText) {
    ProductImage image = new ProductImage(this, url, altText, images.size());
    images.add(image);
    return image;
  }

  /** Takes the image off the product; the later ones move up. False when it has no such image. */
  public boolean removeImage(long imageId) {
    boolean removed = images.removeIf(i -> i.id() != null && i.id() == imageId);
    for (int i = 0; i < images.size(); i++) {
      images.get(i).moveTo(i);
    }
    return removed;
  }

  public Long id() {
    return id;
  }

  public String slug() {
    return slug;
  }

  public String name() {
    return name;
  }

  public Optional<String> summary() {
    return Optional.ofNullable(summary);
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  public ProductKind kind() {
    return kind;
  }

  public Optional<Category> category() {
    return Optional.ofNullable(category);
  }

  public boolean featured() {
    return featured;
  }

  public CatalogStatus status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public List<ProductVariant> variants() {
    return Collections.unmodifiableList(variants);
  }

  public List<ProductImage> images() {
    return Collections.unmodifiableList(images);
  }

  /** Changes what the product is called and says; the slug stays, links keep working. */
  public void describe(
      String name, String summary, String description, ProductKind kind, Category category) {
    this.name = CatalogText.required(name, "name", 160);
    this.summary = CatalogText.optional(summary, 300, "summary");
    this.description = CatalogText.optional(description, 20_000, "description");
    this.kind = java.util.Objects.requireNonNull(kind, "kind");
    this.category = category;
  }

  public void feature(boolean featured) {
    this.featured = featured;
  }

  /** Hides the product from the store and the API; orders that name it keep it. */
  public void archive() {
    status = CatalogStatus.ARCHIVED;
  }

  public void restore() {
    status = CatalogStatus.ACTIVE;
  }

  public boolean isArchived() {
    return status == CatalogStatus.ARCHIVED;
  }
}
