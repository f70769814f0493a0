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
