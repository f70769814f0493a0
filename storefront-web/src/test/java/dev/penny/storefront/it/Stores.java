package dev.penny.storefront.it;

import dev.penny.platform.catalog.ProductInput;
import dev.penny.platform.catalog.ProductService;
import dev.penny.platform.opening.StoreOpeningWriter;
import dev.penny.platform.tenancy.ActiveTenant;
import dev.penny.platform.tenancy.TenantDirectory;
import dev.penny.platform.tenancy.TenantScope;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Opens fresh stores for in-container tests (each test its own, so tests stand alone) and reads
 * rows straight from the database, past Hibernate and its tenant filter, to see what was stored.
 */
@ApplicationScoped
public class Stores {

  private static final AtomicInteger NEXT = new AtomicInteger();

  @Inject StoreOpeningWriter writer;
  @Inject TenantDirectory directory;
  @Inject ProductService products;

  @Resource(lookup = "java:app/jdbc/penny")
  DataSource dataSource;

  public ActiveTenant open(String currency) {
    String slug = "it-store-" + System.nanoTime() % 1_000_000 + "-" + NEXT.incrementAndGet();
    long id = writer.createTenant(slug, "Test " + slug, Currency.getInstance(currency));
    TenantScope.runAs(id, () -> writer.createSettings("Test", Currency.getInstance(currency)));
    return directory.bySlug(slug).orElseThrow();
  }

  /** Adds a product with one variant at {@code price} to {@code store}; its id. */
  public long product(ActiveTenant store, String sku, String price) {
    ProductInput input =
        new ProductInput(
            "Product " + sku,
            null,
            null,
            null,
            "PHYSICAL",
            null,
            false,
            List.of(new ProductInput.VariantInput(Optional.empty(), sku, "One", price, "5")));
    return TenantScope.runAs(store.id(), () -> products.create(store, input, Optional.empty()));
  }

  /** Adds a product of {@code kind} with one variant at {@code price} and {@code stock}; its id. */
  public long product(ActiveTenant store, String sku, String price, int stock, String kind) {
    ProductInput input =
        new ProductInput(
            "Product " + sku,
            null,
            null,
            null,
            kind,
            null,
            false,
            List.of(
                new ProductInput.VariantInput(
                    Optional.empty(), sku, "One", price, String.valueOf(stock))));
    return TenantScope.runAs(store.id(), () -> products.create(store, input, Optional.empty()));
  }

  /** The id of the variant with {@code sku} in {@code store}. */
  public long variant(ActiveTenant store, String sku) throws SQLException {
    return Long.parseLong(
        column("SELECT id FROM product_variant WHERE tenant_id = ? AND sku = ?", store.id(), sku)
            .get(0));
  }

  /** The first column of every row {@code sql} selects, as text. */
  public List<String> column(String sql, Object... parameters) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      List<String> values = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          values.add(rs.getString(1));
        }
      }
      return values;
    }
  }
}
