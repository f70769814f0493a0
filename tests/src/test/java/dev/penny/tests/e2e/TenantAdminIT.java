package dev.penny.tests.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.tests.pages.AdminDashboardPage;
import dev.penny.tests.pages.AdminSettingsPage;
import dev.penny.tests.pages.NotFoundPage;
import dev.penny.tests.pages.StoreHomePage;
import dev.penny.tests.stack.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** The admin gate and store settings, through Keycloak's real sign-in. */
class TenantAdminIT extends BrowserPerTest {

  private void signIn(String store, String user) {
    StoreHomePage.open(browser, baseUrl, store).signIn().signInAs(user, "penny-demo");
  }

  @Test
  void aRefusedDashboardFormStillShowsTheStoresFigures() {
    signIn("demo-coffee", "owner-coffee");
    AdminDashboardPage dashboard = AdminDashboardPage.open(browser, baseUrl, "demo-coffee");
    String products = dashboard.productCount();
    org.openqa.selenium.WebElement hours = browser.findElement(By.id("sandbox-clock-hours"));
    hours.clear();
    hours.sendKeys("0");
    org.openqa.selenium.WebElement page = browser.findElement(By.tagName("html"));
    browser.findElement(By.id("sandbox-clock-advance")).click();
    new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
        .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
    AdminDashboardPage refused = new AdminDashboardPage(browser);
    assertThat(browser.findElements(By.cssSelector(".admin-messages li")))
        .extracting(org.openqa.selenium.WebElement::getText)
        .containsExactly("Move the clock by 1 to 8784 hours (a year).");
    assertThat(refused.productCount()).isEqualTo(products).isNotEqualTo("-1");
  }

  @Test
  void anOwnerChangesTheTaglineAndTheStoreShowsIt() {
    signIn("demo-coffee", "owner-coffee");
    String tagline = "Roasted this week " + System.nanoTime();
    AdminSettingsPage saved =
        AdminSettingsPage.open(browser, baseUrl, "demo-coffee").withTagline(tagline).save();
    assertThat(saved.messages()).containsExactly("Settings saved.");
    assertThat(saved.tagline()).isEqualTo(tagline);
    // An anonymous visitor (no cookies) gets the changed page too: the caches were dropped.
    browser.manage().deleteAllCookies();
    assertThat(StoreHomePage.open(browser, baseUrl, "demo-coffee").tagline()).isEqualTo(tagline);
  }

  @Test
  void badValuesAreRefusedAndNothingIsSaved() {
    signIn("demo-coffee", "owner-coffee");
    AdminSettingsPage page = AdminSettingsPage.open(browser, baseUrl, "demo-coffee");
    String before = page.tagline();
    AdminSettingsPage refused = page.withTagline("Never saved").withTaxRate("150").save();
    assertThat(refused.messages())
        .containsExactly("The tax rate is a percentage from 0 to 100 with at most 4 decimals.");
    assertThat(AdminSettingsPage.open(browser, baseUrl, "demo-coffee").tagline()).isEqualTo(before);
  }

  @Test
  void staffCannotChangeSettingsNorOpenAnotherStoresAdmin() {
    signIn("demo-books", "staff-books");
    AdminSettingsPage page = AdminSettingsPage.open(browser, baseUrl, "demo-books");
    assertThat(page.isReadOnly()).isTrue();
    String before = page.tagline();
    assertThat(page.save().messages())
        .containsExactly("Only the store's owners can change its settings.");
    assertThat(AdminSettingsPage.open(browser, baseUrl, "demo-books").tagline()).isEqualTo(before);

    NotFoundPage other = NotFoundPage.open(browser, baseUrl + "/admin/demo-coffee/");
    assertThat(other.heading()).isEqualTo("Page not found");
    NotFoundPage otherSettings =
        NotFoundPage.open(browser, baseUrl + "/admin/demo-coffee/settings");
    assertThat(otherSettings.heading()).isEqualTo("Page not found");
  }

  @Test
  void anOwnerSetsMicropaymentsAndShipping() {
    signIn("demo-coffee", "owner-coffee");
    AdminSettingsPage saved =
        AdminSettingsPage.open(browser, baseUrl, "demo-coffee")
            .withMicropayments("0.25, 1, 2.5", "10, 25")
            .save();
    assertThat(saved.messages()).containsExactly("Settings saved.");
    AdminSettingsPage reloaded = AdminSettingsPage.open(browser, baseUrl, "demo-coffee");
    assertThat(reloaded.tabThreshold()).as("the platform's, not the store's").isEqualTo("€5.00");
    assertThat(reloaded.tipPresets()).isEqualTo("0.25, 1.00, 2.50");
    assertThat(reloaded.topUpAmounts()).isEqualTo("10.00, 25.00");

    AdminSettingsPage refused = reloaded.withMicropayments("1, 1", "1,2,3,4,5,6,7").save();
    assertThat(refused.messages())
        .contains(
            "The tip presets list 1 twice.",
            "The wallet top-up amounts are 1 to 6 amounts separated by commas.");
    assertThat(AdminSettingsPage.open(browser, baseUrl, "demo-coffee").tipPresets())
        .isEqualTo("0.25, 1.00, 2.50");

    String courier = "Courier " + System.nanoTime();
    AdminSettingsPage withShipping =
        AdminSettingsPage.open(browser, baseUrl, "demo-coffee").addShippingMethod(courier, "9.9");
    assertThat(withShipping.shippingMethods()).contains(courier + " €9.90");
    assertThat(withShipping.addShippingMethod("Bad", "-2").messages())
        .containsExactly("The shipping price cannot be negative.");
    // The settings page open in two tabs: the method removed in one, then in the other (stale).
    AdminSettingsPage.open(browser, baseUrl, "demo-coffee");
    String first = browser.getWindowHandle();
    browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
    AdminSettingsPage removed =
        AdminSettingsPage.open(browser, baseUrl, "demo-coffee").removeShippingMethod(courier);
    assertThat(removed.shippingMethods()).noneMatch(m -> m.startsWith(courier));
    browser.close();
    browser.switchTo().window(first);
    AdminSettingsPage stale = new AdminSettingsPage(browser).removeShippingMethod(courier);
    assertThat(stale.messages()).containsExactly("That shipping method is removed already.");
    assertThat(stale.shippingMethods()).noneMatch(m -> m.startsWith(courier));
  }

  @Test
  void theAccountPageLinksAMerchantToTheirStoresAdmin() {
    signIn("demo-books", "staff-books");
    assertThat(
            StoreHomePage.open(browser, baseUrl, "demo-books").openAccount().administeredStores())
        .containsExactly("Marginalia Books admin");
  }

  @Test
  void anOwnerUploadsALogoAndTheStoreShowsIt(@TempDir Path files) throws IOException {
    signIn("demo-coffee", "owner-coffee");
    AdminSettingsPage page = AdminSettingsPage.open(browser, baseUrl, "demo-coffee");
    assertThat(page.currency()).isEqualTo("EUR");
    Path notAnImage = files.resolve("logo.png");
    Files.writeString(notAnImage, "<svg onload='alert(1)'/>");
    assertThat(page.withLogo(notAnImage).save().messages())
        .containsExactly("Logo: The file is not a PNG, JPEG, GIF or WebP image.");

    AdminSettingsPage saved =
        AdminSettingsPage.open(browser, baseUrl, "demo-coffee")
            .withLogo(TestImages.png(files, "cup.png", 0x7b341e))
            .save();
    assertThat(saved.messages()).containsExactly("Settings saved.");

    browser.manage().deleteAllCookies();
    String logo = StoreHomePage.open(browser, baseUrl, "demo-coffee").logoAddress().orElseThrow();
    String path = java.net.URI.create(logo).getPath();
    assertThat(path).matches("/s/demo-coffee/media/\\d+");
    assertThat(Http.get(path).contentType()).isEqualTo("image/png");
  }

  @Test
  void aShopperHasNoAdmin() {
    signIn("demo-books", "shopper");
    assertThat(NotFoundPage.open(browser, baseUrl + "/admin/demo-books/").heading())
        .isEqualTo("Page not found");
  }

  @Test
  void anAnonymousVisitorIsAskedToSignIn() {
    browser.get(baseUrl + "/admin/demo-books/");
    assertThat(browser.findElements(By.id("kc-login"))).isNotEmpty();
  }
}
