package dev.penny.tests.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.tests.pages.AdminApiKeysPage;
import dev.penny.tests.pages.AdminDashboardPage;
import dev.penny.tests.pages.AdminOrderPage;
import dev.penny.tests.pages.AdminStaffPage;
import dev.penny.tests.pages.Browser;
import dev.penny.tests.pages.KeycloakLoginPage;
import dev.penny.tests.pages.NotFoundPage;
import dev.penny.tests.pages.StoreHomePage;
import dev.penny.tests.stack.HttpCheckout;
import dev.penny.tests.stack.KeycloakAdminApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Owners invite and remove staff (Keycloak users in the store's staff group). */
class StaffIT extends BrowserPerTest {

  private void signIn(String store, String user) {
    StoreHomePage.open(browser, baseUrl, store).signIn().signInAs(user, "penny-demo");
  }

  @Test
  void anOwnerInvitesANewPersonWhoThenRunsTheCatalogAndIsRemoved() {
    signIn("demo-books", "owner-books");
    AdminStaffPage page = AdminStaffPage.open(browser, baseUrl, "demo-books");
    assertThat(page.ownerEntries()).anyMatch(e -> e.startsWith("owner-books"));
    assertThat(page.staffNames()).contains("staff-books");

    String email = "helper" + (System.nanoTime() % 1_000_000_000L) + "@example.com";
    AdminStaffPage invited = page.invite(email);
    assertThat(invited.messages())
        .singleElement()
        .satisfies(m -> assertThat(m).startsWith(email + " now has an account"));
    String temporary = invited.temporaryPassword();
    assertThat(temporary).hasSize(16);
    assertThat(invited.staffNames()).contains(email);
    assertThat(KeycloakAdminApi.signIn().memberNames("/tenants/demo-books/staff").orElseThrow())
        .contains(email);

    // The new staff member signs in for the first time and reaches the admin as staff.
    freshBrowser();
    browser.get(baseUrl + "/admin/demo-books/");
    new KeycloakLoginPage(browser)
        .signInFirstTime(email, temporary, "a-new-password-2", "Hal", "Helper");
    assertThat(new AdminDashboardPage(browser).signedInAs()).isEqualTo(email + " (staff)");

    // The owner removes them (in another browser); the helper's open session loses the admin.
    WebDriver owner = Browser.start();
    try {
      StoreHomePage.open(owner, baseUrl, "demo-books")
          .signIn()
          .signInAs("owner-books", "penny-demo");
      AdminStaffPage removed = AdminStaffPage.open(owner, baseUrl, "demo-books").remove(email);
      assertThat(removed.messages()).containsExactly("Removed from the staff.");
      assertThat(removed.staffNames()).doesNotContain(email).contains("staff-books");
    } finally {
      owner.quit();
    }
    assertThat(KeycloakAdminApi.signIn().memberNames("/tenants/demo-books/staff").orElseThrow())
        .doesNotContain(email);
    assertThat(NotFoundPage.open(browser, baseUrl + "/admin/demo-books/").heading())
        .as("membership is checked live, not only at sign-in")
        .isEqualTo("Page not found");
  }

  @Test
  void invitingAnExistingUserLinksThem() {
    signIn("demo-coffee", "owner-coffee");
    AdminStaffPage invited =
        AdminStaffPage.open(browser, baseUrl, "demo-coffee").invite("shopper@penny.localhost");
    assertThat(invited.messages())
        .containsExactly(
            "shopper@penny.localhost is on the staff now. They see this store's admin at their next"
                + " sign-in.");
    assertThat(invited.staffNames()).contains("shopper");
    AdminStaffPage.open(browser, baseUrl, "demo-coffee").remove("shopper");
    assertThat(AdminStaffPage.open(browser, baseUrl, "demo-coffee").staffNames())
        .doesNotContain("shopper");
  }

  @Test
  void aBadEmailIsRefused() {
    signIn("demo-books", "owner-books");
    assertThat(
            AdminStaffPage.open(browser, baseUrl, "demo-books").invite("not-an-email").messages())
        .containsExactly("The email address is not valid.");
    assertThat(
            AdminStaffPage.open(browser, baseUrl, "demo-books")
                .invite("\"><script>alert(1)</script>@x.com")
                .messages())
        .containsExactly("The email address is not valid.");
    assertThat(
            AdminStaffPage.open(browser, baseUrl, "demo-books")
                .invite("Owner-Books@penny.localhost")
                .messages())
        .containsExactly("Owner-Books@penny.localhost is an owner of this store already.");
    assertThat(
            AdminStaffPage.open(browser, baseUrl, "demo-books")
                .invite("staff-books@penny.localhost")
                .messages())
        .containsExactly("staff-books@penny.localhost is on the staff already.");
    assertThat(AdminStaffPage.open(browser, baseUrl, "demo-books").staffNames())
        .doesNotContain("owner-books");
  }

  @Test
  void staffCannotManageStaffNorApiKeys() {
    signIn("demo-books", "staff-books");
    assertThat(AdminStaffPage.open(browser, baseUrl, "demo-books").canInvite()).isFalse();
    assertThat(AdminApiKeysPage.open(browser, baseUrl, "demo-books").canCreate()).isFalse();
  }

  /** Money and prices are the owners': staff fulfil an order, but neither refund nor cancel it. */
  @Test
  void staffFulfilButNeitherRefundNorCancelNorMakeCoupons() {
    HttpCheckout checkout = new HttpCheckout("demo-books").order("BK-F100-PB", 1);
    checkout.payWith("4242 4242 4242 4242", "12/30", "123");
    checkout.orderPage();
    signIn("demo-books", "staff-books");

    AdminOrderPage order =
        AdminOrderPage.open(browser, baseUrl, "demo-books", checkout.orderNumber());
    assertThat(order.status()).isEqualTo("Paid");
    assertThat(present("order-fulfil")).isTrue();
    assertThat(present("order-cancel")).isFalse();
    assertThat(present("refund-submit")).isFalse();
    browser.get(baseUrl + "/admin/demo-books/coupons");
    assertThat(present("admin-coupons")).isTrue();
    assertThat(present("coupon-create")).isFalse();
    assertThat(present("coupon-end")).isFalse();
    assertThat(browser.findElement(By.id("coupons-owners-only")).getText())
        .isEqualTo("Only the store's owners make and end coupons.");
  }

  private boolean present(String testId) {
    return !browser.findElements(By.cssSelector("[data-testid='" + testId + "']")).isEmpty();
  }
}
