package dev.penny.tests.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A store's admin dashboard. */
public class AdminDashboardPage {

  private final WebDriver driver;

  public AdminDashboardPage(WebDriver driver) {
    this.driver = driver;
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-title")));
  }

  public static AdminDashboardPage open(WebDriver driver, String baseUrl, String store) {
    driver.get(baseUrl + "/admin/" + store + "/");
    return new AdminDashboardPage(driver);
  }

  public String storeName() {
    return driver.findElement(By.id("admin-home-link")).getText();
  }

  public String productCount() {
    return driver.findElement(By.id("dashboard-products")).getText();
  }

  public String signedInAs() {
    return driver.findElement(By.id("admin-user")).getText();
  }

  public String ordersNote() {
    return driver.findElement(By.id("dashboard-orders-empty")).getText();
  }

  /** The ids of the charts on the page, in order. */
  public java.util.List<String> chartIds() {
    return driver.findElements(By.cssSelector("svg.daily-chart")).stream()
        .map(e -> e.getAttribute("id"))
        .toList();
  }

  /** How many chart bars are drawn, over all charts. */
  public int barCount() {
    return driver.findElements(By.cssSelector("svg.daily-chart rect")).size();
  }

  public AdminDashboardPage showThirtyDays() {
    Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("dashboard-30-days")));
    return new AdminDashboardPage(driver);
  }

  public String period() {
    return driver.findElement(By.cssSelector("#dashboard-orders h2")).getText();
  }
}
