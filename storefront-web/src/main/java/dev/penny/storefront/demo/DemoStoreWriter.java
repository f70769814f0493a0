package dev.penny.storefront.demo;

import dev.penny.cart.coupon.CouponKind;
import dev.penny.cart.coupon.CouponService;
import dev.penny.cart.coupon.CouponTerms;
import dev.penny.money.Money;
import dev.penny.platform.catalog.Category;
import dev.penny.platform.catalog.CategoryRepository;
import dev.penny.platform.catalog.ContentItem;
import dev.penny.platform.catalog.ContentItemRepository;
import dev.penny.platform.catalog.Product;
import dev.penny.platform.catalog.ProductKind;
import dev.penny.platform.catalog.ProductRepository;
import dev.penny.platform.store.ShippingMethod;
import dev.penny.platform.store.ShippingMethodRepository;
import dev.penny.platform.store.StoreSettings;
import dev.penny.platform.store.StoreSettingsRepository;
import dev.penny.platform.tenancy.Tenant;
import dev.penny.platform.tenancy.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Writes one demo store in two transactions: the tenant, then (under that tenant) its settings and
 * catalog. A store whose settings exist is complete and left alone, so seeding can run at every
 * start and resumes after a crash between the two.
 */
@ApplicationScoped
public class DemoStoreWriter {

  private final TenantRepository tenants;
  private final StoreSettingsRepository settings;
  private final CategoryRepository categories;
  private final ProductRepository products;
  private final ContentItemRepository content;
  private final ShippingMethodRepository shipping;
  private final CouponService coupons;
  private final Clock clock;

  @Inject
  public DemoStoreWriter(
      TenantRepository tenants,
      StoreSettingsRepository settings,
      CategoryRepository categories,
      ProductRepository products,
      ContentItemRepository content,
      ShippingMethodRepository shipping,
      CouponService coupons,
      Clock clock) {
    this.tenants = tenants;
    this.settings = settings;
    this.categories = categories;
    this.products = products;
    this.content = content;
    this.shipping = shipping;
    this.coupons = coupons;
    this.clock = clock;
  }

  protected DemoStoreWriter() {
    this(null, null, null, null, null, null, null, null);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long ensureTenant(DemoStore store) {
    Optional<Tenant> existing = tenants.findBySlug(store.slug());
    if (existing.isPresent()) {
      return existing.get().id();
    }
    Tenant tenant =
        new Tenant(
            store.slug(), store.name(), Currency.getInstance(store.currency()), clock.instant());
    return tenants.add(tenant).id();
  }

  /** Must run inside {@code TenantScope.runAs(tenantId, ...)}. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean ensureCatalog(DemoStore store) {
    if (settings.current().isPresent()) {
      return false;
    }
    StoreSettings s =
        new StoreSettings(store.name(), store.theme(), Currency.getInstance(store.currency()));
    s.describe(store.tagline(), null);
    s.colours(store.primaryColour(), store.accentColour());
    s.taxRatePpm(store.taxRatePpm());
    settings.add(s);

    Map<String, Category> bySlug = new HashMap<>();
    int position = 0;
    for (DemoStore.CategorySeed c : store.categories()) {
      bySlug.put(c.slug(), categories.add(new Category(c.slug(), c.name(), position++)));
    }
    Currency currency = Currency.getInstance(store.currency());
    Instant created = clock.instant();
    for (DemoStore.ProductSeed p : store.products()) {
      Product product =
          new Product(
              p.slug(),
              p.name(),
              p.summary(),
              p.description(),
              p.kind(),
              bySlug.get(p.category()),
              p.featured(),
              created);
      for (DemoStore.VariantSeed v : p.variants()) {
        product.addVariant(v.sku(), v.name(), Money.parse(v.price(), currency), v.stock());
      }
      product.addImage(
          p.image(),
          p.name() + " — " + (p.kind() == ProductKind.DIGITAL ? "download" : "product photo"));
      products.add(product);
    }
    Instant published = clock.instant();
    for (DemoStore.ArticleSeed a : store.articles()) {
      published = published.minus(Duration.ofDays(1));
      content.add(
          new ContentItem(
              a.slug(),
              a.title(),
              a.teaser(),
              a.body(),
              Money.parse(a.price(), currency),
              a.timePassHours() == 0 ? null : Duration.ofHours(a.timePassHours()),
              published));
    }
    return true;
  }

  /**
   * What a demo store needs to sell: shipping methods and a coupon, added when the store has none
   * (also to demo stores seeded before carts existed). Must run inside {@code TenantScope.runAs}.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void ensureSelling(DemoStore store) {
    Currency currency = Currency.getInstance(store.currency());
    if (shipping.all().isEmpty()) {
      int position = 0;
      for (DemoStore.ShippingSeed seed : store.shipping()) {
        shipping.add(
            new ShippingMethod(seed.name(), Money.parse(seed.price(), currency), position++));
      }
    }
    if (coupons.list().isEmpty()) {
      for (DemoStore.CouponSeed seed : store.coupons()) {
        coupons.create(
            new CouponTerms(
                seed.code(),
                CouponKind.PERCENT,
                seed.percent() * 10_000,
                Optional.empty(),
                Money.zero(currency),
                Optional.empty(),
                OptionalInt.empty()));
      }
    }
  }
}
