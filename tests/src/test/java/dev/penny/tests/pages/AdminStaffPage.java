package dev.penny.tests.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A store's owners and staff in the admin. */
public class AdminStaffPage {

  private final WebDriver driver;

  public AdminStaffPage(WebDriver driver) {
    this.driver = driver;
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("staff-title")));
  }

  public static AdminStaffPage open(WebDriver driver, String baseUrl, String store) {
    driver.get(baseUrl + "/admin/" + store + "/staff");
    return new AdminStaffPage(driver);
  }

  public AdminStaffPage invite(String email) {
    Fields.type(driver, By.id("staff-email"), email);
    Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("staff-invite")));
    return new AdminStaffPage(driver);
  }

  /** The addresses invited and not yet joined. */
  public List<String> invitedEmails() {
    return driver.findElements(By.cssSelector("[data-testid='staff-invitation-email']")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Withdraws the invitation of {@code email}. */
  public AdminStaffPage withdrawInvitation(String email) {
    WebElement entry =
        driver.findElements(By.cssSelector("[data-testid='staff-invitation']")).stream()
            .filter(e -> e.getText().startsWith(email + " "))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No invitation for " + email));
    Navigation.clickAndWaitForNewPage(
        driver, entry.findElement(By.cssSelector("[data-testid='staff-invitation-cancel']")));
    return new AdminStaffPage(driver);
  }

  public List<String> staffNames() {
    return driver.findElements(By.cssSelector("[data-testid='staff-name']")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public List<String> ownerEntries() {
    return driver.findElements(By.cssSelector("#owners-list li")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public AdminStaffPage remove(String username) {
    WebElement entry = driver.findElement(By.cssSelector("[data-testid='staff-" + username + "']"));
    Navigation.clickAndWaitForNewPage(
        driver, entry.findElement(By.cssSelector("[data-testid='staff-remove']")));
    return new AdminStaffPage(driver);
  }

  public boolean canInvite() {
    return !driver.findElements(By.id("staff-invite")).isEmpty();
  }

  public List<String> messages() {
    return AdminMessages.of(driver);
  }
}
