package dev.penny.storefront.admin;

import dev.penny.platform.catalog.CatalogChanged;
import dev.penny.platform.catalog.Category;
import dev.penny.platform.catalog.CategoryRepository;
import dev.penny.platform.catalog.InvalidCatalogInputException;
import dev.penny.platform.catalog.Product;
import dev.penny.platform.catalog.ProductRepository;
import dev.penny.platform.catalog.ProductVariant;
import dev.penny.platform.media.ImageUpload;
import dev.penny.platform.media.StoredImage;
import dev.penny.platform.media.StoredImageRepository;
import dev.penny.platform.money.Money;
import dev.penny.platform.tenancy.ActiveTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the current store's products. Every lookup goes through the tenant-filtered repositories,
 * so an id of another store is simply not found; every write empties the store's caches.
 */
@ApplicationScoped
public class ProductAdminService {

  private final ProductRepository products;
  private final CategoryRepository categories;
  private final StoredImageRepository images;
  private final Event<CatalogChanged> changed;
  private final Clock clock;

  @Inject
  public ProductAdminService(
      ProductRepository products,
      CategoryRepository categories,
      StoredImageRepository images,
      Event<CatalogChanged> changed,
      Clock clock) {
    this.products = products;
    this.categories = categories;
    this.images = images;
    this.changed = changed;
    this.clock = clock;
  }

  protected ProductAdminService() {
    this(null, null, null, null, null);
  }

  /** A line of the product list. */
  public record ProductRow(
      long id,
      String name,
      String category,
      boolean archived,
      boolean featured,
      int variants,
      Optional<Money> fromPrice,
      int stock) {}

  @Transactional
  public List<ProductRow> list(int offset, int limit) {
    return products.allForAdmin(offset, limit).stream()
        .map(
            p ->
                new ProductRow(
                    p.id(),
                    p.name(),
                    p.category().map(Category::name).orElse(""),
                    p.isArchived(),
                    p.featured(),
                    p.variants().size(),
                    p.variants().stream()
                        .map(ProductVariant::price)
                        .min((a, b) -> Long.compare(a.micros(), b.micros())),
                    p.variants().stream().mapToInt(ProductVariant::stock).sum()))
        .toList();
  }

  @Transactional
  public long count() {
    return products.countAll();
  }

  /** The product as the edit form shows it, or empty if the store has no such product. */
  @Transactional
  public Optional<ProductForm> load(long id) {
    return products.find(id).map(ProductForm::of);
  }

  /**
   * Creates a product from a form filled by a program (the API): the same checks as the admin page;
   * every problem is in the exception's message.
   */
  @Transactional
  public long create(ActiveTenant store, ProductForm form) {
    FormChecks checks = new FormChecks();
    Optional<ProductDraft> draft = form.toDraft(checks, store.currency(), true);
    if (draft.isEmpty()) {
      throw new InvalidCatalogInputException(String.join(" ", checks.problems()));
    }
    return create(store, draft.get(), Optional.empty());
  }

  @Transactional
  public long create(ActiveTenant store, ProductDraft draft, Optional<ImageToAdd> image) {
    if (products.slugTaken(draft.slug())) {
      throw new InvalidCatalogInputException(
          "Another product already uses the address name '" + draft.slug() + "'.");
    }
    checkSkus(draft);
    Product product =
        new Product(
            draft.slug(),
            draft.name(),
            draft.summary(),
            draft.description(),
            draft.kind(),
            category(draft.categoryId()),
            draft.featured(),
            clock.instant());
    for (ProductDraft.VariantDraft v : draft.variants()) {
      product.addVariant(v.sku(), v.name(), inStoreCurrency(store, v.price()), v.stock());
    }
    products.add(product);
    image.ifPresent(i -> attach(store, product, i));
    changed.fire(new CatalogChanged(store.id()));
    return product.id();
  }

  @Transactional
  public void update(ActiveTenant store, long id, ProductDraft draft, Optional<ImageToAdd> image) {
    Product product = products.find(id).orElseThrow(ItemNotFoundException::new);
    checkSkus(draft);
    product.describe(
        draft.name(),
        draft.summary(),
        draft.description(),
        draft.kind(),
        category(draft.categoryId()));
    product.feature(draft.featured());
    for (ProductDraft.VariantDraft v : draft.variants()) {
      Money price = inStoreCurrency(store, v.price());
      if (v.id().isPresent()) {
        ProductVariant variant =
            product.variants().stream()
                .filter(existing -> existing.id().equals(v.id().get()))
                .findFirst()
                .orElseThrow(ItemNotFoundException::new);
        variant.update(v.sku(), v.name(), price, v.stock());
      } else {
        product.addVariant(v.sku(), v.name(), price, v.stock());
      }
    }
    image.ifPresent(i -> attach(store, product, i));
    changed.fire(new CatalogChanged(store.id()));
  }

  @Transactional
  public void archive(ActiveTenant store, long id, boolean archived) {
    Product product = products.find(id).orElseThrow(ItemNotFoundException::new);
    if (archived) {
      product.archive();
    } else {
      product.restore();
    }
    changed.fire(new CatalogChanged(store.id()));
  }

  /** An uploaded image with the description the merchant gave it. */
  public record ImageToAdd(ImageUpload upload, String altText) {}

  private void attach(ActiveTenant store, Product product, ImageToAdd image) {
    StoredImage stored = images.add(new StoredImage(image.upload(), clock.instant()));
    product.addImage("/s/" + store.slug() + stored.pathInStore(), image.altText());
  }

  private Category category(Optional<Long> id) {
    return id.map(
            i ->
                categories
                    .find(i)
                    .orElseThrow(
                        () -> new InvalidCatalogInputException("Choose a category of this store.")))
        .orElse(null);
  }

  private static Money inStoreCurrency(ActiveTenant store, Money price) {
    if (!price.currency().equals(store.currency())) {
      throw new InvalidCatalogInputException("Prices are in the store's currency.");
    }
    return price;
  }

  /** SKUs are unique in a store, also among the rows of one form. */
  private void checkSkus(ProductDraft draft) {
    Set<String> seen = new HashSet<>();
    for (ProductDraft.VariantDraft v : draft.variants()) {
      String sku = v.sku().toLowerCase(Locale.ROOT);
      if (!seen.add(sku)) {
        throw new InvalidCatalogInputException("The SKU " + v.sku() + " appears twice.");
      }
      if (products.skuTaken(v.sku(), v.id().orElse(null))) {
        throw new InvalidCatalogInputException(
            "Another product of this store already uses the SKU " + v.sku() + ".");
      }
    }
  }
}
