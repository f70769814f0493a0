package dev.penny.platform.catalog;

import dev.penny.platform.input.CatalogText;
import dev.penny.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A shelf of a store: products are listed by category, in the store's own order. */
@Entity
@Table(name = "category")
public class Category extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 60)
  private String slug;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(nullable = false)
  private int position;

  protected Category() {}

  public Category(String slug, String name, int position) {
    this.slug = CatalogText.slug(slug);
    this.name = CatalogText.required(name, "name", 120);
    this.position = position;
  }

  public void rename(String name) {
    this.name = CatalogText.required(name, "name", 120);
  }

  public void moveTo(int position) {
    this.position = position;
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

  public int position() {
    return position;
  }
}
