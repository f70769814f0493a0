package dev.penny.tests.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.tests.pages.Browser;
import dev.penny.tests.pages.CategoryPage;
import dev.penny.tests.pages.ContentItemPage;
import dev.penny.tests.pages.NotFoundPage;
import dev.penny.tests.pages.ProductPage;
import dev.penny.tests.pages.SearchResultsPage;
import dev.penny.tests.pages.StoreHomePage;
import dev.penny.tests.stack.PennyStack;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/** A shopper browsing the demo stores in a real browser. One browser for the class. */
class StorefrontJourneyIT {

  private static WebDriver browser;
  private static String baseUrl;

  @BeforeAll
  static void openBrowser() {
    browser = Browser.start();
    baseUrl = PennyStack.get().baseUrl();
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void homeToCategoryToProductToSearchToALockedArticle() {
    StoreHomePage home = StoreHomePage.open(browser, baseUrl, "demo-books");
    assertThat(home.storeName()).isEqualTo("Marginalia Books");
    assertThat(home.featuredProductNames())
        .contains("The Quiet Orchard", "Reading Weekly eBook Bundle");
    assertThat(home.categoryNames()).containsExactly("Fiction", "Science", "Children's");

    CategoryPage fiction = home.openCategoryFromNavigation("fiction");
    assertThat(fiction.heading()).isEqualTo("Fiction");
    assertThat(fiction.hasPreviousPage()).isFalse();
    assertThat(fiction.hasNextPage()).isTrue();
    List<String> firstPage = fiction.productNames();
    assertThat(firstPage).hasSize(12).contains("Salt and Lanterns");
    CategoryPage second = fiction.nextPage();
    assertThat(second.hasPreviousPage()).isTrue();
    assertThat(second.hasNextPage()).isFalse();
    assertThat(second.productNames()).hasSize(3).doesNotContainAnyElementsOf(firstPage);

    ProductPage product = second.goBackToFirstPage().openProduct("Nine Winters");
    assertThat(product.name()).isEqualTo("Nine Winters");
    assertThat(product.availability()).isEqualTo("Sold out");
    assertThat(product.variants())
        .containsExactly(
            new ProductPage.Variant("BK-F103-HC", "Hardcover", "$24.00", "Sold out"),
            new ProductPage.Variant("BK-F103-PB", "Paperback", "$14.99", "Sold out"));

    SearchResultsPage results = product.search("footnote");
    assertThat(results.productNames()).isEmpty();
    assertThat(results.articleTitles()).containsExactly("The Two-Tenths-of-a-Cent Footnote");

    ContentItemPage article = results.openArticle("The Two-Tenths-of-a-Cent Footnote");
    assertThat(article.heading()).isEqualTo("The Two-Tenths-of-a-Cent Footnote");
    assertThat(article.teaser()).contains("fifth of a cent");
    assertThat(article.isLocked()).isTrue();
    assertThat(article.showsBody()).isFalse();
    assertThat(article.unlockPrice()).isEqualTo("$0.002");
    assertThat(article.pageText()).doesNotContain("Batching purchases onto a tab");
  }

  @Test
  void lowStockIsShownWithTheCount() {
    ProductPage grinder =
        StoreHomePage.open(browser, baseUrl, "demo-coffee")
            .search("grinder")
            .openProduct("Hand Grinder");
    assertThat(grinder.variants())
        .containsExactly(
            new ProductPage.Variant("CF-G100", "Stainless steel", "€89.00", "Only 3 left"));
  }

  @Test
  void aSearchWithNoMatchSaysSo() {
    SearchResultsPage results =
        StoreHomePage.open(browser, baseUrl, "demo-coffee").search("Orchard");
    assertThat(results.saysNothingMatches()).isTrue();
  }

  @Test
  void anUnknownStoreShowsTheNotFoundPage() {
    NotFoundPage page = NotFoundPage.open(browser, baseUrl + "/s/no-such-store/");
    assertThat(page.heading()).isEqualTo("Page not found");
    assertThat(page.message()).contains("no such page or store");
  }

  @Test
  void aStoreAddressedByItsHostServesTheSameStore() {
    browser.get("http://demo-coffee.localhost:" + PennyStack.get().port() + "/");
    StoreHomePage home = new StoreHomePage(browser);
    assertThat(home.storeName()).isEqualTo("Kaffee Kollektiv");
    CategoryPage beans = home.openCategoryFromNavigation("beans");
    assertThat(browser.getCurrentUrl())
        .startsWith("http://demo-coffee.localhost:")
        .endsWith("/c/beans");
    assertThat(beans.productNames()).contains("Ethiopia Guji");
  }
}
