package dev.penny.tests.pages;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Creating or editing one product in the admin. Variant rows are numbered from 0. */
public class AdminProductPage {

  private final WebDriver driver;

  public AdminProductPage(WebDriver driver) {
    this.driver = driver;
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("product-edit-title")));
  }

  public static AdminProductPage openNew(WebDriver driver, String baseUrl, String store) {
    driver.get(baseUrl + "/admin/" + store + "/products/new");
    return new AdminProductPage(driver);
  }

  public static AdminProductPage open(WebDriver driver, String baseUrl, String store, long id) {
    driver.get(baseUrl + "/admin/" + store + "/products/" + id);
    return new AdminProductPage(driver);
  }

  public AdminProductPage withName(String name) {
    Fields.type(driver, By.id("product-name"), name);
    return this;
  }

  public AdminProductPage withSummary(String summary) {
    Fields.type(driver, By.id("product-summary"), summary);
    return this;
  }

  public AdminProductPage featured() {
    WebElement box = driver.findElement(By.id("product-featured"));
    if (!box.isSelected()) {
      box.click();
    }
    return this;
  }

  public AdminProductPage inCategory(String name) {
    new Select(driver.findElement(By.id("product-category"))).selectByVisibleText(name);
    return this;
  }

  public AdminProductPage withVariant(
      int row, String option, String sku, String price, String stock) {
    Fields.type(driver, By.cssSelector("[data-testid='variant-name-" + row + "']"), option);
    Fields.type(driver, By.cssSelector("[data-testid='variant-sku-" + row + "']"), sku);
    Fields.type(driver, By.cssSelector("[data-testid='variant-price-" + row + "']"), price);
    Fields.type(driver, By.cssSelector("[data-testid='variant-stock-" + row + "']"), stock);
    return this;
  }

  public AdminProductPage withImage(Path file, String description) {
    driver.findElement(By.id("product-image")).sendKeys(file.toAbsolutePath().toString());
    Fields.type(driver, By.id("product-image-alt"), description);
    return this;
  }

  public AdminProductPage save() {
    Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("product-save")));
    return new AdminProductPage(driver);
  }

  public AdminProductPage archive() {
    Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("product-archive")));
    return new AdminProductPage(driver);
  }

  public String title() {
    return driver.findElement(By.id("product-edit-title")).getText();
  }

  /** The product's id, from the page address ({@code .../products/12}); empty for a new one. */
  public String idFromAddress() {
    String url = driver.getCurrentUrl();
    String last = url.substring(url.lastIndexOf('/') + 1);
    return last.matches("\\d+") ? last : "";
  }

  public String state() {
    return driver.findElement(By.id("product-state")).getText();
  }

  /** Ticks "Remove when saved" under the product's image at {@code index} (0 is the first). */
  public AdminProductPage markImageForRemoval(int index) {
    driver.findElements(By.cssSelector("[data-testid='product-image-remove']")).get(index).click();
    return this;
  }

  public List<String> imageAddresses() {
    return driver.findElements(By.cssSelector("[data-testid='product-image']")).stream()
        .map(e -> e.getAttribute("src"))
        .toList();
  }

  public String variantStock(int row) {
    return driver
        .findElement(By.cssSelector("[data-testid='variant-stock-" + row + "']"))
        .getAttribute("value");
  }

  public String variantPrice(int row) {
    return driver
        .findElement(By.cssSelector("[data-testid='variant-price-" + row + "']"))
        .getAttribute("value");
  }

  public List<String> messages() {
    return AdminMessages.of(driver);
  }
}
