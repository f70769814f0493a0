package dev.penny.tests.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Products and articles that match a search. */
public class SearchResultsPage extends StorePage {

  public SearchResultsPage(WebDriver driver) {
    super(driver, By.id("search-title"));
  }

  public List<String> productNames() {
    return productCardNames("search-products");
  }

  public List<String> articleTitles() {
    return driver
        .findElements(By.cssSelector("#search-content [data-testid^='content-link-']"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  public boolean saysNothingMatches() {
    return !driver.findElements(By.id("search-empty")).isEmpty();
  }

  public ContentItemPage openArticle(String title) {
    navigateBy(driver.findElement(By.id("search-content")).findElement(By.linkText(title)));
    return new ContentItemPage(driver);
  }

  public ProductPage openProduct(String name) {
    return openProductCard("search-products", name);
  }
}
