package dev.penny.storefront.catalog;

import dev.penny.platform.catalog.CategoryRepository;
import dev.penny.platform.catalog.ContentItemRepository;
import dev.penny.platform.catalog.KeysetPage;
import dev.penny.platform.catalog.PageCursor;
import dev.penny.platform.catalog.ProductRepository;
import dev.penny.platform.catalog.ProductSummary;
import dev.penny.platform.store.StoreSettingsRepository;
import dev.penny.platform.tenancy.ActiveTenant;
import dev.penny.platform.tenancy.Tenant;
import dev.penny.platform.tenancy.TenantRepository;
import dev.penny.storefront.catalog.CatalogViews.CategoryLink;
import dev.penny.storefront.catalog.CatalogViews.CategoryPage;
import dev.penny.storefront.catalog.CatalogViews.ContentTeaser;
import dev.penny.storefront.catalog.CatalogViews.HomeView;
import dev.penny.storefront.catalog.CatalogViews.ProductCard;
import dev.penny.storefront.catalog.CatalogViews.ProductDetail;
import dev.penny.storefront.catalog.CatalogViews.SearchResults;
import dev.penny.storefront.catalog.CatalogViews.StoreView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Reads the catalog of the store bound to the current request and turns it into views, one
 * transaction per call. Tenancy is Hibernate's: no method names the store. {@link
 * StorefrontCatalog} caches what this returns.
 */
@ApplicationScoped
@Transactional
public class CatalogLoader {

  static final int FEATURED_COUNT = 8;
  static final int LATEST_CONTENT_COUNT = 4;

  /** Search shows the best 24 products and articles: a shopper narrows a search, not pages it. */
  public static final int SEARCH_LIMIT = 24;

  private final TenantRepository tenants;
  private final StoreSettingsRepository settings;
  private final CategoryRepository categories;
  private final ProductRepository products;
  private final ContentItemRepository content;

  @Inject
  public CatalogLoader(
      TenantRepository tenants,
      StoreSettingsRepository settings,
      CategoryRepository categories,
      ProductRepository products,
      ContentItemRepository content) {
    this.tenants = tenants;
    this.settings = settings;
    this.categories = categories;
    this.products = products;
    this.content = content;
  }

  /** For CDI's proxy only. */
  protected CatalogLoader() {
    this(null, null, null, null, null);
  }

  public Optional<ActiveTenant> tenant(String slug) {
    return tenants.findBySlug(slug).map(Tenant::toActiveTenant);
  }

  public StoreView store(ActiveTenant tenant) {
    return StoreView.of(tenant, settings.current(), categories.all());
  }

  public HomeView home() {
    return new HomeView(
        cards(products.featured(FEATURED_COUNT)),
        content.latest(LATEST_CONTENT_COUNT).stream().map(ContentTeaser::of).toList());
  }

  public CategoryPage categoryPage(CategoryLink category, PageCursor cursor, int pageSize) {
    KeysetPage<ProductSummary> page = products.inCategory(category.id(), cursor, pageSize);
    return new CategoryPage(category, cards(page.items()), page.previousBefore(), page.nextAfter());
  }

  public Optional<ProductDetail> product(long id) {
    return products.findActive(id).map(ProductDetail::of);
  }

  public Optional<ContentTeaser> contentTeaser(long id) {
    return content.findActive(id).map(ContentTeaser::of);
  }

  public SearchResults search(String query) {
    return new SearchResults(
        query,
        cards(products.search(query, SEARCH_LIMIT)),
        content.search(query, SEARCH_LIMIT).stream().map(ContentTeaser::of).toList());
  }

  /** Keyset page for the API; one more than asked tells whether there is a next page. */
  public List<ProductDetail> productsAfter(long afterId, int limit) {
    return products.after(afterId, limit).stream().map(ProductDetail::of).toList();
  }

  private static List<ProductCard> cards(List<ProductSummary> list) {
    return list.stream().map(ProductCard::of).toList();
  }
}
