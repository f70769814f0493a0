package dev.penny.tests.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.tests.pages.AdminApiKeysPage;
import dev.penny.tests.pages.AdminOrderPage;
import dev.penny.tests.pages.AdminStaffPage;
import dev.penny.tests.pages.Browser;
import dev.penny.tests.pages.JoinStorePage;
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
  void anOwnerInvitesANewPersonWhoJoinsByTheMailedLinkAndIsRemoved() {
    signIn("demo-books", "owner-books");
    AdminStaffPage page = AdminStaffPage.open(browser, baseUrl, "demo-books");
    assertThat(page.ownerEntries()).anyMatch(e -> e.startsWith("owner-books"));
    assertThat(page.staffNames()).contains("staff-books");

    long n = System.nanoTime() % 1_000_000_000L;
    String email = "helper" + n + "@example.com";
    String username = "helper" + n;
    AdminStaffPage invited = page.invite(email);
    assertThat(invited.messages())
        .singleElement()
        .satisfies(m -> assertThat(m).startsWith("An invitation was e-mailed to " + email + "."));
    assertThat(invited.invitedEmails()).contains(email);
    assertThat(KeycloakAdminApi.signIn().memberNames("/tenants/demo-books/staff").orElseThrow())
        .as("nobody is on the staff, nor has an account, before saying yes")
        .doesNotContain(email, username);

    // The invitee opens the mailed link, creates an account with that address and joins.
    freshBrowser();
    String link = JoinStorePage.linkMailedTo(browser, baseUrl, email);
    browser.get(link);
    new KeycloakLoginPage(browser)
        .openRegistration()
        .registerAndContinue(username, email, "Hal", "Helper", "a-new-password-2");
    JoinStorePage join = new JoinStorePage(browser);
    assertThat(join.offer()).contains("invites " + email + " to its staff");
    assertThat(join.accept().signedInAs()).isEqualTo(username + " (staff)");
    browser.get(link);
    assertThat(new JoinStorePage(browser).canAccept()).as("a link is taken once").isFalse();

    // The owner removes them (in another browser); the helper's open session loses the admin.
    WebDriver owner = Browser.start();
    try {
      StoreHomePage.open(owner, baseUrl, "demo-books")
          .signIn()
          .signInAs("owner-books", "penny-demo");
      AdminStaffPage staffPage = AdminStaffPage.open(owner, baseUrl, "demo-books");
      assertThat(staffPage.invitedEmails()).doesNotContain(email);
      AdminStaffPage removed = staffPage.remove(username);
      assertThat(removed.messages()).containsExactly("Removed from the staff.");
      assertThat(removed.staffNames()).doesNotContain(username).contains("staff-books");
    } finally {
      owner.quit();
    }
    assertThat(KeycloakAdminApi.signIn().memberNames("/tenants/demo-books/staff").orElseThrow())
        .doesNotContain(username);
    assertThat(NotFoundPage.open(browser, baseUrl + "/admin/demo-books/").heading())
        .as("membership is checked live, not only at sign-in")
        .isEqualTo("Page not found");
  }

  @Test
  void anInvitationIsForItsAddressOnlyAndAWithdrawnOneNoLongerWorks() {
    signIn("demo-coffee", "owner-coffee");
    AdminStaffPage invited =
        AdminStaffPage.open(browser, baseUrl, "demo-coffee").invite("shopper@penny.localhost");
    assertThat(invited.staffNames()).doesNotContain("shopper");
    String link = JoinStorePage.linkMailedTo(browser, baseUrl, "shopper@penny.localhost");

    // Someone else signed in cannot take it, whatever link they hold.
    freshBrowser();
    browser.get(link);
    new KeycloakLoginPage(browser).signInAndContinue("staff-books", "penny-demo");
    JoinStorePage wrong = new JoinStorePage(browser);
    assertThat(wrong.canAccept()).isFalse();
    assertThat(wrong.otherAccountNote()).contains("shopper@penny.localhost");

    // The owner withdraws it: the link no longer works for its own address either.
    freshBrowser();
    signIn("demo-coffee", "owner-coffee");
    AdminStaffPage withdrawn =
        AdminStaffPage.open(browser, baseUrl, "demo-coffee")
            .withdrawInvitation("shopper@penny.localhost");
    assertThat(withdrawn.messages())
        .containsExactly("Invitation withdrawn: its link no longer works.");
    assertThat(withdrawn.invitedEmails()).doesNotContain("shopper@penny.localhost");
    freshBrowser();
    browser.get(link);
    new KeycloakLoginPage(browser).signInAndContinue("shopper", "penny-demo");
    assertThat(new JoinStorePage(browser).isInvalid()).isTrue();
    assertThat(KeycloakAdminApi.signIn().memberNames("/tenants/demo-coffee/staff").orElseThrow())
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
    // Posted anyway (the owner's button and form added to the page's own form): refused, 403.
    postWithin("order-actions", "order-cancel", "Cancel order");
    assertThat(adminMessages()).containsExactly("Only the store's owners can do that.");
    postWithin(
        "order-actions",
        "order-refund-form",
        "order-refund-form",
        "refund-amount",
        "1.00",
        "refund-submit",
        "Refund");
    assertThat(adminMessages()).containsExactly("Only the store's owners can do that.");
    AdminOrderPage after =
        AdminOrderPage.open(browser, baseUrl, "demo-books", checkout.orderNumber());
    assertThat(after.status()).isEqualTo("Paid");
    browser.get(baseUrl + "/admin/demo-books/coupons");
    assertThat(present("admin-coupons")).isTrue();
    assertThat(present("coupon-create")).isFalse();
    assertThat(present("coupon-end")).isFalse();
    assertThat(browser.findElement(By.id("coupons-owners-only")).getText())
        .isEqualTo("Only the store's owners make and end coupons.");
  }

  /** Submits the page's form {@code formId} with these extra fields (name, value, ...) added. */
  private void postWithin(String formId, String... fields) {
    org.openqa.selenium.WebElement page = browser.findElement(By.tagName("html"));
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "var form = document.getElementById(arguments[0]);"
                + "for (var i = 0; i < arguments[1].length; i += 2) {"
                + "  var input = document.createElement('input'); input.type = 'hidden';"
                + "  input.name = arguments[1][i]; input.value = arguments[1][i + 1];"
                + "  form.appendChild(input); }"
                + "form.submit();",
            formId,
            java.util.List.of(fields));
    new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
        .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
  }

  private java.util.List<String> adminMessages() {
    return browser.findElements(By.cssSelector(".admin-messages li")).stream()
        .map(org.openqa.selenium.WebElement::getText)
        .toList();
  }

  private boolean present(String testId) {
    return !browser.findElements(By.cssSelector("[data-testid='" + testId + "']")).isEmpty();
  }
}
