package dev.penny.tests.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.tests.stack.Http;
import dev.penny.tests.stack.StackDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stack's readiness and its migrated database. (The schema's rules on an empty database and
 * across stores are tested in the container: storefront-web's {@code SchemaIT}.)
 */
class HealthAndSchemaIT {

  @Test
  void readinessChecksTheDatabase() {
    var response = Http.get("/health/ready");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).contains("\"database\"").contains("UP");
  }

  @Test
  void theStackMigratedItsEmptyDatabase() throws SQLException {
    try (Connection c = StackDatabase.penny().getConnection();
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
}
