package dev.penny.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MigrationsTest {

  @Test
  void eachModuleHasItsOwnFolderAndHistoryTable() {
    assertThat(Migrations.named("platform, cart,payments"))
        .containsExactly(
            Migrations.PLATFORM,
            new Migrations("cart", "classpath:db/cart", "flyway_history_cart"),
            new Migrations("payments", "classpath:db/payments", "flyway_history_payments"));
  }

  @Test
  void aPersistenceUnitThatNamesNoModuleMigratesNothing() {
    assertThat(Migrations.named(null)).isEmpty();
    assertThat(Migrations.named(" ")).isEmpty();
  }

  @Test
  void thePlatformScriptsAreInThePlatformFolder() {
    ClassLoader loader = Migrations.class.getClassLoader();
    assertThat(loader.getResource("db/platform/V1__tenants_and_catalog.sql")).isNotNull();
  }

  @Test
  void aModuleNameCannotReachOutsideItsFolder() {
    assertThatThrownBy(() -> Migrations.of("../vault"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Migrations.of("cart;drop"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
