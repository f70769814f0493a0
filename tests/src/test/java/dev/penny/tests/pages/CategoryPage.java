package dev.penny.tests.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** One page of a category's products. */
public class CategoryPage extends StorePage {

  public CategoryPage(WebDriver driver) {
    super(driver, By.id("category-title"));
  }

  public String heading() {
    return driver.findElement(By.id("category-title")).getText();
  }

  public String pageIndicator() {
    return driver.findElement(By.id("page-indicator")).getText();
  }

  public List<String> productNames() {
    return driver
        .findElements(By.cssSelector("#category-products [data-testid='product-card-name']"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  public boolean hasNextPage() {
    return !driver.findElements(By.id("page-next")).isEmpty();
  }

  public CategoryPage nextPage() {
    navigateBy(driver.findElement(By.id("page-next")));
    return new CategoryPage(driver);
  }

  public boolean hasPreviousPage() {
    return !driver.findElements(By.id("page-prev")).isEmpty();
  }

  public CategoryPage goBackToFirstPage() {
    CategoryPage page = this;
    while (page.hasPreviousPage()) {
      navigateBy(driver.findElement(By.id("page-prev")));
      page = new CategoryPage(driver);
    }
    return page;
  }

  public ProductPage openProduct(String name) {
    navigateBy(
        driver
            .findElement(By.id("category-products"))
            .findElement(
                By.xpath(
                    ".//a[.//*[@data-testid='product-card-name' and normalize-space()='"
                        + name
                        + "']]")));
    return new ProductPage(driver);
  }
}
