package dev.penny.tests.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The tenant admin's orders list: filter by status, search by number or e-mail. */
public class AdminOrdersPage {

  private final WebDriver driver;

  public AdminOrdersPage(WebDriver driver) {
    this.driver = driver;
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("orders-title")));
  }

  public static AdminOrdersPage open(WebDriver driver, String baseUrl, String store) {
    driver.get(baseUrl + "/admin/" + store + "/orders");
    return new AdminOrdersPage(driver);
  }

  /** The order numbers listed, newest first. */
  public List<String> numbers() {
    return driver.findElements(By.cssSelector("[data-testid='admin-order-row']")).stream()
        .map(r -> r.getAttribute("data-number"))
        .toList();
  }

  public AdminOrdersPage filter(String status) {
    Navigation.clickAndWaitForNewPage(
        driver, driver.findElement(By.cssSelector("[data-testid='orders-filter-" + status + "']")));
    return new AdminOrdersPage(driver);
  }

  public AdminOrdersPage search(String text) {
    Fields.type(driver, By.cssSelector("[data-testid='orders-search']"), text);
    Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("orders-search-button")));
    return new AdminOrdersPage(driver);
  }

  public AdminOrderPage open(String number) {
    WebElement link =
        driver.findElement(
            By.cssSelector("[data-testid='admin-order-row'][data-number='" + number + "'] a"));
    Navigation.clickAndWaitForNewPage(driver, link);
    return new AdminOrderPage(driver);
  }
}
