package dev.penny.tests.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The product list of a store's admin. */
public class AdminProductsPage {

  private final WebDriver driver;

  public AdminProductsPage(WebDriver driver) {
    this.driver = driver;
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("products-title")));
  }

  public static AdminProductsPage open(WebDriver driver, String baseUrl, String store) {
    driver.get(baseUrl + "/admin/" + store + "/products");
    return new AdminProductsPage(driver);
  }

  public List<String> productNames() {
    return driver.findElements(By.cssSelector("[data-testid='admin-product-link']")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public AdminProductPage newProduct() {
    Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("product-new")));
    return new AdminProductPage(driver);
  }
}
