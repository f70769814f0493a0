package dev.penny.tests.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A store's settings in the tenant admin. */
public class AdminSettingsPage {

  private final WebDriver driver;

  public AdminSettingsPage(WebDriver driver) {
    this.driver = driver;
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("settings-title")));
  }

  public static AdminSettingsPage open(WebDriver driver, String baseUrl, String store) {
    driver.get(baseUrl + "/admin/" + store + "/settings");
    return new AdminSettingsPage(driver);
  }

  public String tagline() {
    return driver.findElement(By.id("settings-tagline")).getAttribute("value");
  }

  public boolean isReadOnly() {
    return !driver.findElement(By.id("settings-tagline")).isEnabled();
  }

  public AdminSettingsPage withTagline(String tagline) {
    WebElement field = driver.findElement(By.id("settings-tagline"));
    field.clear();
    field.sendKeys(tagline);
    return this;
  }

  public AdminSettingsPage withTaxRate(String percent) {
    WebElement field = driver.findElement(By.id("settings-tax"));
    field.clear();
    field.sendKeys(percent);
    return this;
  }

  public AdminSettingsPage withTheme(String theme) {
    new Select(driver.findElement(By.id("settings-theme"))).selectByValue(theme);
    return this;
  }

  public AdminSettingsPage save() {
    Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("settings-save")));
    return new AdminSettingsPage(driver);
  }

  public List<String> messages() {
    return driver.findElements(By.cssSelector("#admin-messages li")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
