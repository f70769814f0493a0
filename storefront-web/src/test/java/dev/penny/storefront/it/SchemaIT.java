package dev.penny.storefront.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mysql.cj.jdbc.MysqlDataSource;
import dev.penny.platform.persistence.Migrations;
import dev.penny.platform.tenancy.ActiveTenant;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The schema's own rules, below Hibernate: Flyway builds it on an empty database (and a second run
 * changes nothing), the "no store" id and duplicate slugs are refused, and a row cannot point at
 * another store's row (foreign keys carry {@code tenant_id}).
 */
@ExtendWith(ArquillianExtension.class)
class SchemaIT {

  @Inject Stores stores;

  @Test
  void migrationsBuildTheSchemaOnAnEmptyDatabase() throws SQLException {
    String schema = "penny_empty_" + System.nanoTime();
    try (Connection c = dataSource("").getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + schema);
    }
    MysqlDataSource empty = dataSource(schema);
    MigrateResult result = Migrations.PLATFORM.migrate(empty);
    assertThat(result.success).isTrue();
    assertThat(result.migrationsExecuted).isPositive();
    assertThat(Migrations.PLATFORM.migrate(empty).migrationsExecuted).as("a second run").isZero();
    try (Connection c = empty.getConnection();
        Statement s = c.createStatement()) {
      for (String table :
          List.of(
              "tenant",
              "store_settings",
              "category",
              "product",
              "product_variant",
              "product_image",
              "content_item")) {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getLong(1)).isZero();
        }
      }
      s.execute(
          "INSERT INTO tenant (slug, name, currency, status, created_at) VALUES ('shop', 'Shop', 'USD', 'ACTIVE', NOW())");
      assertThatThrownBy(
              () ->
                  s.execute(
                      "INSERT INTO category (tenant_id, slug, name) VALUES (0, 'x', 'No store')"))
          .as("the no-tenant placeholder is refused by the schema")
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(
              () ->
                  s.execute(
                      "INSERT INTO tenant (slug, name, currency, status, created_at) VALUES ('shop', 'Again', 'USD', 'ACTIVE', NOW())"))
          .as("slugs are unique")
          .isInstanceOf(SQLException.class);
    } finally {
      try (Connection c = dataSource("").getConnection();
          Statement s = c.createStatement()) {
        s.execute("DROP DATABASE " + schema);
      }
    }
  }

  @Test
  void aRowCannotPointAtAnotherStoresRow() throws SQLException {
    try (Connection c = dataSource("penny").getConnection();
        Statement s = c.createStatement()) {
      long books = stores.open("USD").id();
      ActiveTenant coffee = stores.open("EUR");
      long coffeeProduct = stores.product(coffee, "CF-1", "9");
      assertThatThrownBy(
              () ->
                  s.execute(
                      "INSERT INTO product_variant (tenant_id, product_id, sku, name, price_micros, price_currency, stock)"
                          + " VALUES ("
                          + books
                          + ", "
                          + coffeeProduct
                          + ", 'X-1', 'Cross', 1, 'USD', 1)"))
          .isInstanceOf(SQLException.class);
    }
  }

  private MysqlDataSource dataSource(String database) {
    String url = System.getProperty("penny.db.url").replaceFirst("/penny\\?", "/" + database + "?");
    MysqlDataSource ds = new MysqlDataSource();
    ds.setUrl(url);
    ds.setUser("root");
    ds.setPassword("");
    return ds;
  }
}
