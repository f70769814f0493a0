package dev.penny.tests.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One order in the tenant admin: status, history, fulfil, cancel, refund. */
public class AdminOrderPage {

  private final WebDriver driver;

  public AdminOrderPage(WebDriver driver) {
    this.driver = driver;
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("order-title")));
  }

  public static AdminOrderPage open(WebDriver driver, String baseUrl, String store, long number) {
    driver.get(baseUrl + "/admin/" + store + "/orders/" + number);
    return new AdminOrderPage(driver);
  }

  public String status() {
    return testId("admin-order-status").getText();
  }

  /** A figure of the order's totals, by its test id ({@code admin-order-subtotal}, ...). */
  public String figure(String testId) {
    return driver.findElement(By.cssSelector("[data-testid='" + testId + "']")).getText();
  }

  public String refunded() {
    return testId("admin-order-refunded").getText();
  }

  public List<String> history() {
    return driver.findElements(By.cssSelector("[data-testid='admin-order-event']")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public String message() {
    return String.join(
        " ",
        driver.findElements(By.cssSelector(".admin-messages li")).stream()
            .map(WebElement::getText)
            .toList());
  }

  public AdminOrderPage fulfil() {
    Navigation.clickAndWaitForNewPage(driver, testId("order-fulfil"));
    return new AdminOrderPage(driver);
  }

  public AdminOrderPage cancel() {
    Navigation.clickAndWaitForNewPage(driver, testId("order-cancel"));
    return new AdminOrderPage(driver);
  }

  public AdminOrderPage refund(String amount) {
    Fields.type(driver, By.cssSelector("[data-testid='refund-amount']"), amount);
    Navigation.clickAndWaitForNewPage(driver, testId("refund-submit"));
    return new AdminOrderPage(driver);
  }

  private WebElement testId(String id) {
    return driver.findElement(By.cssSelector("[data-testid='" + id + "']"));
  }
}
