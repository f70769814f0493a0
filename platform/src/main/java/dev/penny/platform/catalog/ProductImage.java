package dev.penny.platform.catalog;

import dev.penny.platform.input.CatalogText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A picture of a product, by URL, with the alternative text a screen reader says. */
@Entity
@Table(name = "product_image")
public class ProductImage extends ProductPart {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 500)
  private String url;

  @Column(name = "alt_text", nullable = false, length = 200)
  private String altText;

  @Column(nullable = false)
  private int position;

  protected ProductImage() {}

  ProductImage(Product product, String url, String altText, int position) {
    super(product);
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

  void moveTo(int position) {
    this.position = position;
  }
}
