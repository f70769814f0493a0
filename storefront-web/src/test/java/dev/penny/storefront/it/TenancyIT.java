package dev.penny.storefront.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.penny.platform.catalog.CategoryService;
import dev.penny.platform.catalog.CategoryService.CategoryRow;
import dev.penny.platform.tenancy.ActiveTenant;
import dev.penny.platform.tenancy.TenantScope;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenancy as Hibernate and the database enforce it, inside the server: rows are stamped with the
 * store that wrote them, another store's ids are not found, work without a store sees and writes
 * nothing, and only {@link TenantScope#acrossTenants} reads across stores (and still cannot write).
 */
@ExtendWith(ArquillianExtension.class)
class TenancyIT {

  @Inject Stores stores;
  @Inject CategoryService categories;

  @jakarta.annotation.Resource(lookup = "java:app/jdbc/penny")
  javax.sql.DataSource dataSource;

  @Test
  void aRowIsStampedWithTheStoreThatWroteIt() throws SQLException {
    ActiveTenant store = stores.open("USD");

    TenantScope.runAs(store.id(), () -> categories.add(store.id(), "poetry", "Poetry"));

    assertThat(stores.column("SELECT tenant_id FROM category WHERE slug = 'poetry'"))
        .contains(String.valueOf(store.id()));
  }

  @Test
  void anotherStoresRowsAreInvisibleAndUnchangeable() throws SQLException {
    ActiveTenant a = stores.open("USD");
    ActiveTenant b = stores.open("EUR");
    TenantScope.runAs(a.id(), () -> categories.add(a.id(), "maps", "Maps"));
    long idOfA = onlyCategory(a).id();

    List<CategoryRow> seenByB = TenantScope.runAs(b.id(), categories::list);
    boolean changed =
        TenantScope.runAs(b.id(), () -> categories.update(b.id(), idOfA, "Taken over", 0));

    assertThat(seenByB).isEmpty();
    assertThat(changed).as("b's update of a's category").isFalse();
    assertThat(stores.column("SELECT name FROM category WHERE id = ?", idOfA))
        .containsExactly("Maps");
  }

  @Test
  void aStoreDeletesOnlyItsOwnCategoryAndItsProductsStayWithoutOne() throws SQLException {
    ActiveTenant a = stores.open("USD");
    ActiveTenant b = stores.open("USD");
    TenantScope.runAs(a.id(), () -> categories.add(a.id(), "globes", "Globes"));
    TenantScope.runAs(a.id(), () -> categories.add(a.id(), "charts", "Charts"));
    long globes = TenantScope.runAs(a.id(), categories::list).get(0).id();
    long product = stores.product(a, "GLOBE-" + System.nanoTime(), "30.00");
    try (java.sql.Connection c = dataSource.getConnection();
        java.sql.PreparedStatement s =
            c.prepareStatement("UPDATE product SET category_id = ? WHERE id = ?")) {
      s.setLong(1, globes);
      s.setLong(2, product);
      s.executeUpdate();
    }

    assertThat(TenantScope.runAs(b.id(), () -> categories.delete(b.id(), globes)))
        .as("b's delete of a's category")
        .isEmpty();
    assertThat(stores.column("SELECT id FROM category WHERE id = ?", globes)).hasSize(1);

    assertThat(TenantScope.runAs(a.id(), () -> categories.delete(a.id(), globes))).hasValue(1);
    assertThat(stores.column("SELECT id FROM category WHERE id = ?", globes)).isEmpty();
    assertThat(stores.column("SELECT category_id FROM product WHERE id = ?", product))
        .containsExactly((String) null);
    assertThat(TenantScope.runAs(a.id(), categories::list))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.slug()).isEqualTo("charts");
              assertThat(c.position()).isZero();
            });
  }

  @Test
  void withoutAStoreNothingIsReadAndNothingIsWritten() throws SQLException {
    ActiveTenant store = stores.open("USD");
    TenantScope.runAs(store.id(), () -> categories.add(store.id(), "atlases", "Atlases"));

    assertThat(categories.list()).isEmpty();
    assertThatThrownBy(() -> categories.add(store.id(), "orphans", "Orphans"))
        .isInstanceOf(RuntimeException.class);
    assertThat(stores.column("SELECT id FROM category WHERE slug = 'orphans'")).isEmpty();
  }

  @Test
  void acrossTenantsReadsEveryStoreButCannotWrite() throws SQLException {
    ActiveTenant a = stores.open("USD");
    ActiveTenant b = stores.open("EUR");
    TenantScope.runAs(a.id(), () -> categories.add(a.id(), "across-a", "A"));
    TenantScope.runAs(b.id(), () -> categories.add(b.id(), "across-b", "B"));

    List<String> slugs =
        TenantScope.acrossTenants(
            "test", () -> categories.list().stream().map(CategoryRow::slug).toList());

    assertThat(slugs).contains("across-a", "across-b");
    assertThatThrownBy(
            () ->
                TenantScope.acrossTenants(
                    "test", () -> categories.add(a.id(), "across-none", "None")))
        .isInstanceOf(RuntimeException.class);
    assertThat(stores.column("SELECT id FROM category WHERE slug = 'across-none'")).isEmpty();
  }

  private CategoryRow onlyCategory(ActiveTenant store) {
    List<CategoryRow> rows = TenantScope.runAs(store.id(), categories::list);
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }
}
