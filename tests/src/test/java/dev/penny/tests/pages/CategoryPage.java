package dev.penny.tests.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** One page of a category's products. */
public class CategoryPage extends StorePage {

  public CategoryPage(WebDriver driver) {
    super(driver, By.id("category-title"));
  }

  public String heading() {
    return driver.findElement(By.id("category-title")).getText();
  }

  public List<String> productNames() {
    return productCardNames("category-products");
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
    return openProductCard("category-products", name);
  }
}
