package dev.penny.tests.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A store's home page: featured products, categories, latest articles. */
public class StoreHomePage extends StorePage {

  public StoreHomePage(WebDriver driver) {
    super(driver, By.id("featured-products"));
  }

  public static StoreHomePage open(WebDriver driver, String baseUrl, String storeSlug) {
    driver.get(baseUrl + "/s/" + storeSlug + "/");
    return new StoreHomePage(driver);
  }

  public List<String> featuredProductNames() {
    return productCardNames("featured-products");
  }

  /** The line under the store's name on its home page. */
  public String tagline() {
    return new org.openqa.selenium.support.ui.WebDriverWait(
            driver, java.time.Duration.ofSeconds(10))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(d -> d.findElement(By.id("store-tagline-or-hero")).getText());
  }

  public List<String> categoryNames() {
    return driver.findElements(By.cssSelector("#home-categories a")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The {@code src} of the store's logo in the header, or empty if it shows none. */
  public java.util.Optional<String> logoAddress() {
    return driver.findElements(By.cssSelector("#store-home-link img")).stream()
        .map(e -> e.getAttribute("src"))
        .findFirst();
  }
}
