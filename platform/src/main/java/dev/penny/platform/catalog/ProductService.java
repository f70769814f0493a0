package dev.penny.platform.catalog;

import dev.penny.money.Money;
import dev.penny.platform.media.ImageUpload;
import dev.penny.platform.media.StoredImage;
import dev.penny.platform.media.StoredImageRepository;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.problem.InvalidInputException;
import dev.penny.platform.problem.ItemNotFoundException;
import dev.penny.platform.tenancy.ActiveTenant;
import dev.penny.platform.tenancy.StoreChanged;
import dev.penny.platform.tenancy.TenantRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.Collator;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Writes the current store's products. Every lookup goes through the tenant-filtered repositories,
 * so an id of another store is simply not found; every write empties the store's caches.
 */
@ApplicationScoped
public class ProductService {

  private final ProductRepository products;
  private final CategoryRepository categories;
  private final StoredImageRepository images;
  private final Event<StoreChanged> changed;
  private final Clock clock;

  @Inject
  public ProductService(
      ProductRepository products,
      CategoryRepository categories,
      StoredImageRepository images,
      Event<StoreChanged> changed,
      Clock clock) {
    this.products = products;
    this.categories = categories;
    this.images = images;
    this.changed = changed;
    this.clock = clock;
  }

  protected ProductService() {
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

  /** A page of the admin's product list: one status, newest first. */
  @Transactional
  public KeysetPage<ProductRow> list(CatalogStatus status, PageCursor cursor, int size) {
    return products
        .forAdmin(status, cursor, size)
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
                    p.variants().stream().mapToInt(ProductVariant::stock).sum()));
  }

  /**
   * The product seen through {@code view} inside the transaction (so that its variants and images
   * can be read), or empty if the store has no such product.
   */
  @Transactional
  public <T> Optional<T> find(long id, Function<Product, T> view) {
    return products.find(id).map(view);
  }

  /** Creates a product from unchecked input: the same rules for the admin page and the API. */
  @Transactional
  public long create(ActiveTenant store, ProductInput input, Optional<ImageToAdd> image) {
    return create(store, input.toDraft(store.currency(), true), image);
  }

  private long create(ActiveTenant store, ProductDraft draft, Optional<ImageToAdd> image) {
    if (products.slugTaken(draft.slug())) {
      throw new InvalidInputException(
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
      product.addVariant(v.sku(), v.name(), v.price(), v.stock());
    }
    products.add(product);
    image.ifPresent(i -> attach(store, product, i));
    changed.fire(new StoreChanged(store.id()));
    return product.id();
  }

  /**
   * The stock an edit saves: as typed, unless the form came from an editor that loaded another
   * figure than the variant has now (orders took some, or another editor saved). Then a stock left
   * as loaded keeps the variant's own, and one typed over it is refused (nothing saved): the
   * merchant's number was meant for a stock that is gone.
   */
  private static int stockToSave(ProductVariant variant, ProductDraft.VariantDraft edit) {
    if (edit.stockSeen().isEmpty() || variant.stock() == edit.stockSeen().getAsInt()) {
      return edit.stock();
    }
    if (edit.stock() == edit.stockSeen().getAsInt()) {
      return variant.stock();
    }
    throw new InvalidInputException(
        ErrorCode.CONCURRENT_CHANGE,
        List.of(
            "The stock of "
                + edit.sku()
                + " changed to "
                + variant.stock()
                + " since this form was loaded (an order, or another editor); nothing was saved."
                + " Check the stock and save again."));
  }

  @Transactional
  public void update(ActiveTenant store, long id, ProductInput input, Optional<ImageToAdd> image) {
    update(store, id, input, image, java.util.Set.of());
  }

  /**
   * Saves the product's text, variants and images at once: {@code image} added, the images of
   * {@code imagesToRemove} taken off (the others close up). An id that is not one of the product's
   * images changes nothing: it is not there to remove.
   */
  @Transactional
  public void update(
      ActiveTenant store,
      long id,
      ProductInput input,
      Optional<ImageToAdd> image,
      java.util.Set<Long> imagesToRemove) {
    ProductDraft draft = input.toDraft(store.currency(), false);
    Product product = products.find(id).orElseThrow(ItemNotFoundException::new);
    checkSkus(draft);
    product.describe(
        draft.name(),
        draft.summary(),
        draft.description(),
        draft.kind(),
        category(draft.categoryId()));
    product.feature(draft.featured());
    products.wordsChanged(product);
    for (ProductDraft.VariantDraft v : draft.variants()) {
      if (v.id().isPresent()) {
        ProductVariant variant =
            product.variants().stream()
                .filter(existing -> existing.id().equals(v.id().get()))
                .findFirst()
                .orElseThrow(ItemNotFoundException::new);
        variant.update(v.sku(), v.name(), v.price(), stockToSave(variant, v));
      } else {
        product.addVariant(v.sku(), v.name(), v.price(), v.stock());
      }
    }
    // An image that is not (any more) the product's is gone already, as asked: removed in another
    // tab, or an id from elsewhere, which changes nothing.
    imagesToRemove.forEach(product::removeImage);
    image.ifPresent(i -> attach(store, product, i));
    changed.fire(new StoreChanged(store.id()));
  }

  @Transactional
  public void archive(ActiveTenant store, long id, boolean archived) {
    Product product = products.find(id).orElseThrow(ItemNotFoundException::new);
    if (archived) {
      product.archive();
    } else {
      product.restore();
    }
    changed.fire(new StoreChanged(store.id()));
  }

  /** An uploaded image with the description the merchant gave it. */
  public record ImageToAdd(ImageUpload upload, String altText) {}

  private void attach(ActiveTenant store, Product product, ImageToAdd image) {
    StoredImage stored = images.add(new StoredImage(image.upload(), clock.instant()));
    product.addImage(
        TenantRoute.byPath(store.slug(), stored.pathInStore()).address(), image.altText());
  }

  private Category category(Optional<Long> id) {
    return id.map(
            i ->
                categories
                    .find(i)
                    .orElseThrow(
                        () -> new InvalidInputException("Choose a category of this store.")))
        .orElse(null);
  }

  /**
   * SKUs are unique in a store, also among the rows of one form, compared as the database's unique
   * key compares them (utf8mb4_unicode_ci: case and accents aside, so "cafe" and "CAFÉ" are one).
   */
  private void checkSkus(ProductDraft draft) {
    Collator collation = Collator.getInstance(Locale.ROOT);
    collation.setStrength(Collator.PRIMARY);
    Set<String> seen = new TreeSet<>(collation);
    for (ProductDraft.VariantDraft v : draft.variants()) {
      String sku = v.sku();
      if (!seen.add(sku)) {
        throw new InvalidInputException("The SKU " + v.sku() + " appears twice.");
      }
      if (products.skuTaken(v.sku(), v.id().orElse(null))) {
        throw new InvalidInputException(
            "Another product of this store already uses the SKU " + v.sku() + ".");
      }
    }
  }
}
