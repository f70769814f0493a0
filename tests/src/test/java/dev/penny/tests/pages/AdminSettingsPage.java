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
    Fields.type(driver, By.id("settings-tagline"), tagline);
    return this;
  }

  public AdminSettingsPage withTaxRate(String percent) {
    Fields.type(driver, By.id("settings-tax"), percent);
    return this;
  }

  public AdminSettingsPage withMicropayments(String tips, String topUps) {
    Fields.type(driver, "settings-tip-presets", tips);
    Fields.type(driver, "settings-top-ups", topUps);
    return this;
  }

  public String tabThreshold() {
    return driver.findElement(By.id("settings-tab-threshold")).getText();
  }

  public String tipPresets() {
    return driver.findElement(By.id("settings-tip-presets")).getAttribute("value");
  }

  public String topUpAmounts() {
    return driver.findElement(By.id("settings-top-ups")).getAttribute("value");
  }

  public AdminSettingsPage addShippingMethod(String name, String price) {
    Fields.type(driver, "shipping-name", name);
    Fields.type(driver, "shipping-price", price);
    Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("shipping-add")));
    return new AdminSettingsPage(driver);
  }

  /** Name and shown price of each shipping method, e.g. "Courier €9.90". */
  public List<String> shippingMethods() {
    return driver.findElements(By.cssSelector("#shipping-table tbody tr")).stream()
        .map(
            r ->
                r.findElement(By.cssSelector("[data-testid='shipping-name']")).getText()
                    + " "
                    + r.findElement(By.cssSelector("[data-testid='shipping-price']")).getText())
        .toList();
  }

  public AdminSettingsPage removeShippingMethod(String name) {
    WebElement row =
        driver.findElements(By.cssSelector("#shipping-table tbody tr")).stream()
            .filter(
                r ->
                    r.findElement(By.cssSelector("[data-testid='shipping-name']"))
                        .getText()
                        .equals(name))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No shipping method " + name));
    Navigation.clickAndWaitForNewPage(
        driver, row.findElement(By.cssSelector("[data-testid='shipping-remove']")));
    return new AdminSettingsPage(driver);
  }

  public AdminSettingsPage withLogo(java.nio.file.Path file) {
    driver.findElement(By.id("settings-logo-file")).sendKeys(file.toAbsolutePath().toString());
    return this;
  }

  public String currency() {
    return driver.findElement(By.id("settings-currency")).getText();
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
