package dev.penny.storefront.it;

import dev.penny.platform.tenancy.ActiveTenant;
import dev.penny.platform.tenancy.TenantDirectory;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A platform that has grown, seeded once per run with {@code bench/growth-seed.sql} straight into
 * the database: 200 ordinary stores, "growth-small" (100 products) and "growth-big" (100,000
 * products in 10 categories, 150,000 variants, 1,000 content items).
 */
@ApplicationScoped
public class GrowthStores {

  static final int OTHER_STORES = 200;
  static final int BIG_PRODUCTS = 100_000;

  @Inject TenantDirectory directory;
  @Inject Stores stores;

  @Resource(lookup = "java:app/jdbc/penny")
  DataSource dataSource;

  private boolean seeded;

  public synchronized ActiveTenant big() {
    seed();
    return directory.bySlug("growth-big").orElseThrow();
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public Stores stores() {
    return stores;
  }

  private void seed() {
    if (seeded) {
      return;
    }
    try (InputStream in = getClass().getResourceAsStream("/growth-seed.sql");
        Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      s.execute("SET @other_stores = " + OTHER_STORES + ", @big_products = " + BIG_PRODUCTS);
      for (String statement : script.split(";\\s*\\n")) {
        String sql =
            statement
                .lines()
                .filter(l -> !l.startsWith("--"))
                .reduce("", (a, b) -> a + b + "\n")
                .strip();
        if (!sql.isEmpty()) {
          s.execute(sql);
        }
      }
      seeded = true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException("Seeding the growth stores failed", e);
    }
  }
}
