package dev.penny.storefront.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.money.Money;
import dev.penny.platform.catalog.ProductService;
import dev.penny.platform.store.AmountPresets;
import dev.penny.platform.store.StoreSettings;
import dev.penny.platform.store.StoreSettingsInput;
import dev.penny.platform.store.StoreSettingsRepository;
import dev.penny.platform.store.StoreSettingsService;
import dev.penny.platform.tenancy.ActiveTenant;
import dev.penny.platform.tenancy.TenantScope;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.Currency;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Money goes through one mapping (amount in micro-units and the currency) and comes back exactly,
 * sub-cent prices and the store's preset lists included.
 */
@ExtendWith(ArquillianExtension.class)
class MoneyMappingIT {

  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency JPY = Currency.getInstance("JPY");

  @Inject Stores stores;
  @Inject ProductService products;
  @Inject StoreSettingsService settingsService;
  @Inject SettingsReader settings;

  @Test
  void aSubCentPriceIsStoredAndReadToTheMicroUnit() throws SQLException {
    ActiveTenant store = stores.open("USD");
    long id = stores.product(store, "PEN-1", "0.002");
    Money price =
        TenantScope.runAs(
            store.id(), () -> products.find(id, p -> p.variants().get(0).price()).orElseThrow());

    assertThat(price).isEqualTo(Money.ofMicros(2_000, USD));
    assertThat(
            stores.column(
                "SELECT CONCAT(price_micros, ' ', price_currency) FROM product_variant"
                    + " WHERE product_id = ?",
                id))
        .containsExactly("2000 USD");
  }

  @Test
  void theStoreSettingsKeepTheirAmountsAndCurrency() throws SQLException {
    ActiveTenant store = stores.open("JPY");
    StoreSettingsInput typed =
        new StoreSettingsInput(
            "Tea", "", "CLASSIC", "#112233", "#445566", "10", "50, 100", "1000,5000");

    TenantScope.runAs(
        store.id(),
        () -> settingsService.update(store, typed, new StoreSettingsService.LogoChange.Keep()));
    StoreSettings read = TenantScope.runAs(store.id(), settings::current);

    assertThat(read.tipPresets()).isEqualTo(AmountPresets.of(JPY, 50_000_000, 100_000_000));
    assertThat(
            stores.column(
                "SELECT CONCAT(tip_presets, '|', top_up_amounts)"
                    + " FROM store_settings WHERE tenant_id = ?",
                store.id()))
        .containsExactly("JPY 50000000,100000000|JPY 1000000000,5000000000");
  }

  /** Reads the current store's settings in a transaction of its own. */
  @jakarta.enterprise.context.ApplicationScoped
  public static class SettingsReader {
    @Inject StoreSettingsRepository repository;

    @Transactional
    public StoreSettings current() {
      return repository.current().orElseThrow();
    }
  }
}
