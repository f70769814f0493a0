package dev.penny.tests.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.tests.pages.NotFoundPage;
import dev.penny.tests.pages.PlatformAdminPage;
import dev.penny.tests.pages.StoreHomePage;
import dev.penny.tests.stack.Http;
import org.junit.jupiter.api.Test;

/** Platform operators suspend and resume stores; a suspended store is closed to everyone. */
class PlatformAdminIT extends BrowserPerTest {

  @Test
  void anOperatorSuspendsAndResumesAStore() {
    StoreHomePage.open(browser, baseUrl, "demo-books")
        .signIn()
        .signInAs("platform-admin", "penny-demo");
    PlatformAdminPage platform = PlatformAdminPage.open(browser, baseUrl);
    assertThat(platform.status("demo-books")).isEqualTo("ACTIVE");
    assertThat(platform.status("demo-coffee")).isEqualTo("ACTIVE");
    try {
      PlatformAdminPage suspended = platform.suspend("demo-coffee");
      assertThat(suspended.status("demo-coffee")).isEqualTo("SUSPENDED");
      assertThat(suspended.messages()).containsExactly("Store demo-coffee suspended.");

      var page = Http.get("/s/demo-coffee/");
      assertThat(page.status()).isEqualTo(403);
      assertThat(page.body()).contains("id=\"store-closed\"").doesNotContain("Kaffee Kollektiv");
      var api = Http.get("/api/v1/stores/demo-coffee/products");
      assertThat(api.status()).isEqualTo(403);
      assertThat(api.json().getString("code")).isEqualTo("store_suspended");
      assertThat(Http.get("/s/demo-books/").status()).as("other stores stay open").isEqualTo(200);
    } finally {
      PlatformAdminPage.open(browser, baseUrl).resumeIfSuspended("demo-coffee");
    }
    assertThat(PlatformAdminPage.open(browser, baseUrl).status("demo-coffee")).isEqualTo("ACTIVE");
    assertThat(Http.get("/s/demo-coffee/").status()).isEqualTo(200);
  }

  @Test
  void aMerchantHasNoPlatformAdmin() {
    StoreHomePage.open(browser, baseUrl, "demo-books")
        .signIn()
        .signInAs("owner-books", "penny-demo");
    assertThat(NotFoundPage.open(browser, baseUrl + "/admin/platform").heading())
        .isEqualTo("Page not found");
  }
}
