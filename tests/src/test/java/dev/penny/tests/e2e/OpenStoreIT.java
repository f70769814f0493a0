package dev.penny.tests.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.tests.pages.AdminDashboardPage;
import dev.penny.tests.pages.KeycloakLoginPage;
import dev.penny.tests.pages.OpenStorePage;
import dev.penny.tests.pages.StoreHomePage;
import dev.penny.tests.stack.Http;
import dev.penny.tests.stack.KeycloakAdminApi;
import org.junit.jupiter.api.Test;

/** A new user signs up, opens a store, and the store is live with them as its owner. */
class OpenStoreIT extends BrowserPerTest {

  @Test
  void aNewUserOpensAStoreAndItIsLive() {
    String user = "founder" + (System.nanoTime() % 1_000_000_000L);
    browser.get(baseUrl + "/stores/new");
    new KeycloakLoginPage(browser)
        .openRegistration()
        .registerAndContinue(user, user + "@example.com", "Rita", "Founder", "a-long-password-1");

    OpenStorePage form = new OpenStorePage(browser);
    assertThat(form.with("Reserved", "admin", "USD").submitRefused().messages())
        .containsExactly("The address 'admin' is reserved; choose another.");
    assertThat(
            new OpenStorePage(browser)
                .with("Copycat", "demo-books", "USD")
                .submitRefused()
                .messages())
        .containsExactly("The address 'demo-books' is taken; choose another.");
    assertThat(new OpenStorePage(browser).with(" ", "No_Caps", "USD").submitRefused().messages())
        .hasSize(2)
        .contains("The store name is 1 to 120 characters.");
    assertThat(Http.get("/s/no_caps/").status()).isEqualTo(404);

    String slug = "records-" + (System.nanoTime() % 1_000_000L);
    AdminDashboardPage dashboard =
        new OpenStorePage(browser).with("Rita's Records", slug, "EUR").submit();
    assertThat(dashboard.storeName()).startsWith("Rita's Records");
    assertThat(dashboard.signedInAs()).isEqualTo(user + " (owner)");
    assertThat(dashboard.productCount()).isEqualTo("0");
    assertThat(dashboard.chartIds())
        .containsExactly("chart-orders", "chart-revenue", "chart-micro-revenue");
    assertThat(dashboard.barCount()).as("no orders yet: no invented bars").isZero();
    assertThat(dashboard.showThirtyDays().period()).isEqualTo("Last 30 days");

    assertThat(KeycloakAdminApi.signIn().memberNames("/tenants/" + slug + "/owner"))
        .as("the owner group was provisioned in Keycloak")
        .contains(java.util.List.of(user));

    browser.manage().deleteAllCookies();
    StoreHomePage store = StoreHomePage.open(browser, baseUrl, slug);
    assertThat(store.storeName()).isEqualTo("Rita's Records");
    assertThat(Http.get("/api/v1/stores/" + slug + "/products").json().getJsonArray("data"))
        .isEmpty();
  }

  @Test
  void anAnonymousVisitorIsAskedToSignInFirst() {
    browser.get(baseUrl + "/stores/new");
    assertThat(new KeycloakLoginPage(browser)).isNotNull();
  }
}
