package dev.penny.tests.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every store page has: the header with navigation and search. */
public abstract class StorePage {

  protected final WebDriver driver;

  protected StorePage(WebDriver driver, By landmark) {
    this.driver = driver;
    try {
      new WebDriverWait(driver, Duration.ofSeconds(15))
          .until(ExpectedConditions.presenceOfElementLocated(landmark));
    } catch (org.openqa.selenium.TimeoutException e) {
      String text = driver.findElement(org.openqa.selenium.By.tagName("body")).getText();
      throw new AssertionError(
          "Expected "
              + landmark
              + " on "
              + driver.getCurrentUrl()
              + ", which shows: "
              + text.substring(0, Math.min(600, text.length())),
          e);
    }
    // Who is signed in is filled in by the page's script (a shared page may come from the cache).
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d ->
                d.findElements(By.id("store-account")).isEmpty()
                    || "true"
                        .equals(d.findElement(By.id("store-account")).getAttribute("data-loaded")));
  }

  /** Clicks an element that leads to another page and waits until the old page is gone. */
  protected void navigateBy(WebElement link) {
    Navigation.clickAndWaitForNewPage(driver, link);
  }

  /** The names on the product cards inside the element with this id. */
  protected List<String> productCardNames(String listId) {
    return driver
        .findElements(By.cssSelector("#" + listId + " [data-testid='product-card-name']"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Opens the product card with this name inside the element with this id. */
  protected ProductPage openProductCard(String listId, String name) {
    navigateBy(
        driver
            .findElement(By.id(listId))
            .findElement(
                By.xpath(
                    ".//a[.//*[@data-testid='product-card-name' and normalize-space()='"
                        + name
                        + "']]")));
    return new ProductPage(driver);
  }

  /** The mini-cart's number, once the page has fetched it. */
  public int miniCartCount() {
    By count = By.cssSelector("[data-testid='mini-cart-count']");
    return new WebDriverWait(driver, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              WebElement shown = d.findElement(count);
              return shown.getAttribute("data-count") == null
                  ? null
                  : Integer.valueOf(shown.getText());
            });
  }

  public CartPage openCart() {
    navigateBy(driver.findElement(By.cssSelector("[data-testid='mini-cart']")));
    return new CartPage(driver);
  }

  public String storeName() {
    return driver.findElement(By.id("store-name")).getText();
  }

  public String title() {
    return driver.getTitle();
  }

  public CategoryPage openCategoryFromNavigation(String categorySlug) {
    navigateBy(
        driver.findElement(By.cssSelector("[data-testid='nav-category-" + categorySlug + "']")));
    return new CategoryPage(driver);
  }

  public SearchResultsPage search(String text) {
    var box = driver.findElement(By.id("search-q"));
    box.clear();
    box.sendKeys(text);
    navigateBy(driver.findElement(By.id("search-submit")));
    return new SearchResultsPage(driver);
  }

  public boolean isSignedIn() {
    return !driver.findElements(By.id("account-link")).isEmpty();
  }

  public String signedInUser() {
    return driver.findElement(By.id("account-link")).getText();
  }

  /** Goes to Keycloak's sign-in form, which leads back to the store's home page. */
  public KeycloakLoginPage signIn() {
    navigateBy(driver.findElement(By.id("sign-in")));
    return new KeycloakLoginPage(driver);
  }

  public AccountPage openAccount() {
    navigateBy(driver.findElement(By.id("account-link")));
    return new AccountPage(driver);
  }

  /** Signs out of the store and of Keycloak; ends on the store's home page. */
  public StoreHomePage signOut() {
    navigateBy(driver.findElement(By.id("sign-out")));
    return new StoreHomePage(driver);
  }

  public StoreHomePage goHome() {
    navigateBy(driver.findElement(By.id("store-home-link")));
    return new StoreHomePage(driver);
  }
}
