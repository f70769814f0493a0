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
