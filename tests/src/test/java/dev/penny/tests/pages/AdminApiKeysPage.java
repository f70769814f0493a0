package dev.penny.tests.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A store's API keys in the admin. */
public class AdminApiKeysPage {

  private final WebDriver driver;

  public AdminApiKeysPage(WebDriver driver) {
    this.driver = driver;
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("api-keys-title")));
  }

  public static AdminApiKeysPage open(WebDriver driver, String baseUrl, String store) {
    driver.get(baseUrl + "/admin/" + store + "/api-keys");
    return new AdminApiKeysPage(driver);
  }

  /**
   * A new API key of {@code store}, made by {@code owner} in a browser of its own: for API tests
   * that need one before they start.
   */
  public static String newKey(String store, String owner, String name) {
    WebDriver browser = Browser.start();
    try {
      String baseUrl = dev.penny.tests.stack.PennyStack.get().baseUrl();
      StoreHomePage.open(browser, baseUrl, store).signIn().signInAs(owner, "penny-demo");
      return open(browser, baseUrl, store).create(name + " " + System.nanoTime()).shownSecret();
    } finally {
      browser.quit();
    }
  }

  /** Creates a key; the page that follows shows its secret once. */
  public AdminApiKeysPage create(String name) {
    Fields.type(driver, By.id("api-key-name"), name);
    Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("api-key-create")));
    return new AdminApiKeysPage(driver);
  }

  public String shownSecret() {
    return driver.findElement(By.id("api-key-secret")).getText();
  }

  public boolean showsASecret() {
    return !driver.findElements(By.id("api-key-secret")).isEmpty();
  }

  public AdminApiKeysPage revoke(String name) {
    WebElement row = row(name);
    Navigation.clickAndWaitForNewPage(
        driver, row.findElement(By.cssSelector("[data-testid='api-key-revoke']")));
    return new AdminApiKeysPage(driver);
  }

  public String state(String name) {
    return row(name).findElement(By.cssSelector("[data-testid='api-key-state']")).getText();
  }

  public boolean canCreate() {
    return !driver.findElements(By.id("api-key-create")).isEmpty();
  }

  public List<String> messages() {
    return AdminMessages.of(driver);
  }

  private WebElement row(String name) {
    return driver.findElements(By.cssSelector("#api-keys-table tbody tr")).stream()
        .filter(
            r ->
                r.findElement(By.cssSelector("[data-testid='api-key-name']"))
                    .getText()
                    .equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No API key named " + name));
  }
}
