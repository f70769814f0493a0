package dev.penny.tests.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mysql.cj.jdbc.MysqlDataSource;
import dev.penny.platform.persistence.Migrations;
import dev.penny.tests.stack.Http;
import dev.penny.tests.stack.PennyStack;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/** The stack's readiness, and its schema as Flyway builds it on an empty database. */
class HealthAndSchemaIT {

  @Test
  void readinessChecksTheDatabase() {
    var response = Http.get("/health/ready");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).contains("\"database\"").contains("UP");
  }

  @Test
  void theStackMigratedItsEmptyDatabase() throws SQLException {
    try (Connection c = dataSource("penny").getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT version, success FROM flyway_schema_history ORDER BY installed_rank")) {
      List<String> versions = new ArrayList<>();
      while (rs.next()) {
        assertThat(rs.getBoolean("success")).isTrue();
        versions.add(rs.getString("version"));
      }
      assertThat(versions).startsWith("1");
    }
  }

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
      long books = id(s, "SELECT id FROM tenant WHERE slug = 'demo-books'");
      long coffeeProduct =
          id(
              s,
              "SELECT p.id FROM product p JOIN tenant t ON t.id = p.tenant_id WHERE t.slug = 'demo-coffee' LIMIT 1");
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

  private static long id(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      assertThat(rs.next()).isTrue();
      return rs.getLong(1);
    }
  }

  private static MysqlDataSource dataSource(String database) {
    String url = PennyStack.get().jdbcUrl().replaceFirst("/penny\\?", "/" + database + "?");
    MysqlDataSource ds = new MysqlDataSource();
    ds.setUrl(url);
    ds.setUser("root");
    ds.setPassword("embedded");
    return ds;
  }
}
