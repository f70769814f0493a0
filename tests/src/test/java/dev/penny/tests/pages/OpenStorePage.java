package dev.penny.tests.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** {@code /stores/new}: opening a store. */
public class OpenStorePage {

  private final WebDriver driver;

  public OpenStorePage(WebDriver driver) {
    this.driver = driver;
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("open-store-title")));
  }

  public OpenStorePage with(String name, String slug, String currency) {
    Fields.type(driver, "open-store-name", name);
    Fields.type(driver, "open-store-slug", slug);
    new Select(driver.findElement(By.id("open-store-currency"))).selectByValue(currency);
    return this;
  }

  /** Submits a form that is refused: the same page with messages. */
  public OpenStorePage submitRefused() {
    Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("open-store-submit")));
    return new OpenStorePage(driver);
  }

  /** Submits and lands, after a silent sign-in round trip, on the new store's dashboard. */
  public AdminDashboardPage submit() {
    Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("open-store-submit")));
    return new AdminDashboardPage(driver);
  }

  public List<String> messages() {
    return driver.findElements(By.cssSelector("#open-store-messages li")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
