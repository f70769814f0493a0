package dev.penny.storefront.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.payments.purchase.MicroPurchase;
import dev.penny.payments.purchase.PurchaseKind;
import dev.penny.payments.purchase.Purchases;
import dev.penny.platform.apikey.ApiKeyService;
import dev.penny.platform.catalog.CatalogStatus;
import dev.penny.platform.catalog.CategoryService;
import dev.penny.platform.catalog.ContentItemRepository;
import dev.penny.platform.catalog.ContentService;
import dev.penny.platform.catalog.PageCursor;
import dev.penny.platform.catalog.ProductRepository;
import dev.penny.platform.catalog.ProductService;
import dev.penny.platform.store.StoreSettingsService;
import dev.penny.platform.tenancy.ActiveTenant;
import dev.penny.platform.tenancy.TenantScope;
import dev.penny.storefront.catalog.CatalogLoader;
import dev.penny.storefront.catalog.CatalogViews.CategoryLink;
import dev.penny.storefront.catalog.CatalogViews.CategoryPage;
import dev.penny.storefront.it.SlowLog.Logged;
import dev.penny.storefront.it.SlowLog.PlanRow;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every catalog and admin list query, run against a store of 100,000 products among 200 others,
 * with the plan the database used for it: no statement may read a store-owned table by a full scan,
 * join one without an index (a block-nested-loop join), or examine more rows than a page needs.
 * Counting and ranking full-text matches are the only statements allowed to read more (their cost
 * grows with what they count or match, not with the page asked for). A new query a page or the
 * admin runs belongs in {@link #everyQuery}.
 */
@ExtendWith(ArquillianExtension.class)
class QueryPlanIT {

  private static final Set<String> STORE_OWNED =
      Set.of(
          "product",
          "product_variant",
          "product_image",
          "category",
          "content_item",
          "store_settings",
          "shipping_method",
          "api_key",
          "stored_image",
          "search_word",
          "micro_purchase",
          "entitlement");

  /** Rows a page query may examine: a page, its neighbours' probes and the joined rows. */
  private static final long PAGE_ROWS = 2_000;

  @Inject GrowthStores growth;
  @Inject CatalogLoader catalog;
  @Inject ProductService products;
  @Inject ProductRepository productRepository;
  @Inject ContentService content;
  @Inject ContentItemRepository contentRepository;
  @Inject CategoryService categories;
  @Inject ApiKeyService keys;
  @Inject StoreSettingsService settings;
  @Inject Purchases purchases;

  @Test
  void everyCatalogAndAdminListQueryReadsThroughTenantLedIndexes() {
    ActiveTenant big = growth.big();

    CategoryLink shelf =
        TenantScope.runAs(big.id(), () -> catalog.store(big).category("shelf-3").orElseThrow());
    long deep = deepId(big, shelf);

    List<Logged> logged = SlowLog.during(growth.dataSource(), () -> everyQuery(big, shelf, deep));

    List<Logged> storeQueries = logged.stream().filter(QueryPlanIT::readsAStoreOwnedTable).toList();
    assertThat(storeQueries).as("store queries logged").hasSizeGreaterThan(25);
    List<String> problems = new ArrayList<>();
    for (Logged statement : storeQueries) {
      for (PlanRow row : statement.plan()) {
        if (!STORE_OWNED.contains(row.table())) {
          continue;
        }
        if (row.type().equals("ALL") || row.type().equals("index")) {
          problems.add("full scan of " + row.table() + ": " + statement.sql());
        }
        if (row.extra().contains("join buffer")) {
          problems.add("join without an index on " + row.table() + ": " + statement.sql());
        }
      }
      if (statement.rowsExamined() > PAGE_ROWS && !countsOrRanks(statement.sql())) {
        problems.add(statement.rowsExamined() + " rows examined for a page: " + statement.sql());
      }
    }
    assertThat(problems)
        .as(
            "plans:\n"
                + storeQueries.stream()
                    .map(s -> s.rowsExamined() + " " + s.plan() + "\n  " + s.sql())
                    .collect(Collectors.joining("\n")))
        .isEmpty();
  }

  private void everyQuery(ActiveTenant big, CategoryLink shelf, long deep) {
    TenantScope.runAs(
        big.id(),
        () -> {
          catalog.store(big);
          catalog.home();
          CategoryPage first = catalog.categoryPage(shelf, PageCursor.first(), 12);
          CategoryPage deepPage = catalog.categoryPage(shelf, PageCursor.after(deep), 12);
          catalog.categoryPage(shelf, PageCursor.before(deepPage.getNextAfter()), 12);
          assertThat(first.products()).hasSize(12);
          assertThat(deepPage.products()).isNotEmpty();
          long productId = first.products().get(0).id();
          catalog.product(productId).orElseThrow();
          catalog.search("walnut lamp");
          catalog.search("copper");
          catalog.search("nothing-matches-this");
          catalog.productsAfter(0, 21);
          catalog.productsAfter(deep, 21);

          products.list(CatalogStatus.ACTIVE, PageCursor.first(), 50);
          products.list(CatalogStatus.ACTIVE, PageCursor.after(deep), 50);
          products.list(CatalogStatus.ACTIVE, PageCursor.before(deep), 50);
          products.list(CatalogStatus.ARCHIVED, PageCursor.first(), 50);
          products.find(productId, p -> p.variants().size() + p.images().size());
          var contentPage = content.list(CatalogStatus.ACTIVE, PageCursor.first(), 50);
          content.list(
              CatalogStatus.ACTIVE, PageCursor.after(contentPage.nextAfter().orElseThrow()), 50);
          content.list(CatalogStatus.ARCHIVED, PageCursor.first(), 50);
          catalog.contentTeaser(contentPage.items().get(0).id()).orElseThrow();
          categories.list();
          keys.list();
          settings.shippingMethods();
          settings.current(big.currency());
          productRepository.countActive();
          contentRepository.countActive();
          productRepository.slugTaken("item-77");
          productRepository.skuTaken("sku-" + productId, null);
          productRepository.activeProductShows("/s/growth-big/media/1");

          List<MicroPurchase> recent = purchases.ofStore(0, 50);
          assertThat(recent).hasSize(50);
          purchases.ofStore(recent.get(recent.size() - 1).id() - 20_000, 50);
          purchases.ofStore(PurchaseKind.TIP, 0, 50);
          purchases.ofStore(PurchaseKind.UNLOCK, recent.get(0).id() - 30_000, 50);
          purchases.find(recent.get(0).id());
          purchases.holds("reader-7", recent.get(0).itemId().orElse(1));
          Instant month = Instant.now().minus(Duration.ofDays(30));
          assertThat(purchases.dailySince(month)).isNotEmpty();
          purchases.topContentSince(month, 5);
        });
  }

  /** An id three quarters into the category: a deep page. */
  private long deepId(ActiveTenant big, CategoryLink shelf) {
    try {
      return Long.parseLong(
          growth
              .stores()
              .column(
                  "SELECT id FROM product WHERE tenant_id = ? AND category_id = ? ORDER BY id"
                      + " LIMIT 1 OFFSET 7500",
                  big.id(),
                  shelf.id())
              .get(0));
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean readsAStoreOwnedTable(Logged statement) {
    String sql = statement.sql().toLowerCase(Locale.ROOT);
    return sql.startsWith("select")
        && statement.plan().stream().anyMatch(row -> STORE_OWNED.contains(row.table()));
  }

  /**
   * Counting, and the dashboard's sums of a period's micro-purchases: their cost grows with what
   * they count or add up (read through the store's (tenant_id, created_at) index), not with a page.
   */
  private static boolean countsOrRanks(String sql) {
    String lower = sql.toLowerCase(Locale.ROOT);
    return lower.startsWith("select count(")
        || (lower.contains(" from micro_purchase ") && lower.contains(" group by "));
  }
}
