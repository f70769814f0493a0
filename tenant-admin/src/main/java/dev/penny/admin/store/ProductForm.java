package dev.penny.admin.store;

import dev.penny.admin.web.AdminPath;
import dev.penny.platform.catalog.Product;
import dev.penny.platform.catalog.ProductInput;
import dev.penny.platform.catalog.ProductKind;
import dev.penny.platform.catalog.ProductVariant;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The product edit form as typed: text fields, variant rows, and the images already attached. */
public class ProductForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name;
  private String slug;
  private String summary;
  private String description;
  private String kind = ProductKind.PHYSICAL.name();
  private String categoryId;
  private boolean featured;
  private boolean archived;
  private final List<VariantRow> variants = new ArrayList<>();
  private final List<ImageRow> images = new ArrayList<>();

  /** One of the product's images as the editor shows it: its id, address and description. */
  public record ImageRow(long id, String url, String altText) implements Serializable {}

  public static ProductForm empty() {
    ProductForm form = new ProductForm();
    VariantRow first = new VariantRow();
    first.setName("Standard");
    form.variants.add(first);
    return form;
  }

  public static ProductForm of(Product p) {
    ProductForm form = new ProductForm();
    form.name = p.name();
    form.slug = p.slug();
    form.summary = p.summary().orElse("");
    form.description = p.description().orElse("");
    form.kind = p.kind().name();
    form.categoryId = p.category().map(c -> String.valueOf(c.id())).orElse("");
    form.featured = p.featured();
    form.archived = p.isArchived();
    for (ProductVariant v : p.variants()) {
      VariantRow row = new VariantRow();
      row.id = v.id();
      row.sku = v.sku();
      row.name = v.name();
      row.price = v.price().toPlainString();
      row.stock = String.valueOf(v.stock());
      row.stockSeen = v.stock();
      form.variants.add(row);
    }
    p.images()
        .forEach(
            i ->
                form.images.add(
                    new ImageRow(i.id(), AdminPath.imageAddress(i.url()), i.altText())));
    return form;
  }

  /** The form's text as the catalog's input; the catalog checks it. */
  ProductInput toInput() {
    return new ProductInput(
        name,
        slug,
        summary,
        description,
        kind,
        categoryId,
        featured,
        variants.stream()
            .map(
                row ->
                    new ProductInput.VariantInput(
                        Optional.ofNullable(row.id),
                        row.sku,
                        row.name,
                        row.price,
                        row.stock,
                        row.stockSeen == null
                            ? java.util.OptionalInt.empty()
                            : java.util.OptionalInt.of(row.stockSeen)))
            .toList());
  }

  /** Shows each variant's stock as {@code current} has it now (what an edit is then based on). */
  void takeStockFrom(ProductForm current) {
    for (VariantRow row : variants) {
      current.variants.stream()
          .filter(c -> c.id != null && c.id.equals(row.id))
          .findFirst()
          .ifPresent(
              c -> {
                row.stock = c.stock;
                row.stockSeen = c.stockSeen;
              });
    }
  }

  /** Adds an empty row for one more variant (shown under the existing ones). */
  void addBlankVariantRow() {
    variants.add(new VariantRow());
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(String categoryId) {
    this.categoryId = categoryId;
  }

  public boolean isFeatured() {
    return featured;
  }

  public void setFeatured(boolean featured) {
    this.featured = featured;
  }

  public boolean isArchived() {
    return archived;
  }

  public List<VariantRow> getVariants() {
    return variants;
  }

  public List<ImageRow> getImages() {
    return images;
  }

  /** One variant line of the form; {@code id} is null for a new variant. */
  public static class VariantRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String sku;
    private String name;
    private String price;
    private String stock;

    /** The stock this row was loaded with (kept in the view, not posted). */
    private Integer stockSeen;

    public Long getId() {
      return id;
    }

    public String getSku() {
      return sku;
    }

    public void setSku(String sku) {
      this.sku = sku;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getPrice() {
      return price;
    }

    public void setPrice(String price) {
      this.price = price;
    }

    public String getStock() {
      return stock;
    }

    public void setStock(String stock) {
      this.stock = stock;
    }
  }
}
