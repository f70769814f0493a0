package dev.penny.tests.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A product with its variants. */
public class ProductPage extends StorePage {

  public ProductPage(WebDriver driver) {
    super(driver, By.id("product-name"));
  }

  /** A row of the variants table. */
  public record Variant(String sku, String name, String price, String availability) {}

  public String name() {
    return driver.findElement(By.id("product-name")).getText();
  }

  /** The {@code src} of each product image. */
  public List<String> imageAddresses() {
    return driver.findElements(org.openqa.selenium.By.cssSelector("#product-images img")).stream()
        .map(e -> e.getAttribute("src"))
        .toList();
  }

  public String availability() {
    return driver.findElement(By.id("product-stock")).getText();
  }

  public List<Variant> variants() {
    return driver.findElements(By.cssSelector("#product-variants tbody tr")).stream()
        .map(ProductPage::variant)
        .toList();
  }

  /**
   * Adds {@code quantity} of the variant with {@code sku} (chosen in the option list when there is
   * one) and lands on the cart page.
   */
  public CartPage addToCart(String sku, int quantity) {
    List<WebElement> select = driver.findElements(By.cssSelector("[data-testid='variant-select']"));
    if (!select.isEmpty()) {
      new org.openqa.selenium.support.ui.Select(select.get(0))
          .selectByValue(
              select
                  .get(0)
                  .findElement(By.cssSelector("option[data-sku='" + sku + "']"))
                  .getAttribute("value"));
    }
    Fields.type(
        driver.findElement(By.cssSelector("[data-testid='quantity']")), String.valueOf(quantity));
    navigateBy(driver.findElement(By.cssSelector("[data-testid='add-to-cart']")));
    return new CartPage(driver);
  }

  public CategoryPage backToCategory() {
    navigateBy(driver.findElement(By.id("breadcrumb-category")));
    return new CategoryPage(driver);
  }

  private static Variant variant(WebElement row) {
    return new Variant(
        row.findElement(By.cssSelector("[data-testid='variant-sku']")).getText(),
        row.findElement(By.cssSelector("[data-testid='variant-name']")).getText(),
        row.findElement(By.cssSelector("[data-testid='variant-price']")).getText(),
        row.findElement(By.cssSelector("[data-testid='variant-stock']")).getText());
  }
}
