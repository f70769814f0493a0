package dev.penny.tests.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Keycloak's own sign-in form for the {@code penny} realm. */
public class KeycloakLoginPage {

  private final WebDriver driver;

  public KeycloakLoginPage(WebDriver driver) {
    this.driver = driver;
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
  }

  /** Signs in and returns to the store page the sign-in started from (its home page). */
  public StoreHomePage signInAs(String username, String password) {
    submit(username, password);
    return new StoreHomePage(driver);
  }

  /** Signs in where the store sends the user on to the account page. */
  public AccountPage signInToAccount(String username, String password) {
    submit(username, password);
    return new AccountPage(driver);
  }

  /** Signs in and returns to the page that asked for it, whatever it is. */
  public void signInAndContinue(String username, String password) {
    submit(username, password);
  }

  /**
   * Signs in with a temporary password: Keycloak then asks for a new password and for the missing
   * profile fields before it returns to the page that asked.
   */
  public void signInFirstTime(
      String username, String temporaryPassword, String newPassword, String first, String last) {
    submit(username, temporaryPassword);
    // Keycloak asks for the required actions one form at a time, in an order of its choosing.
    for (int form = 0; form < 3; form++) {
      if (!driver.findElements(By.id("password-new")).isEmpty()) {
        driver.findElement(By.id("password-new")).sendKeys(newPassword);
        driver.findElement(By.id("password-confirm")).sendKeys(newPassword);
      } else if (!driver.findElements(By.id("firstName")).isEmpty()) {
        driver.findElement(By.id("firstName")).clear();
        driver.findElement(By.id("firstName")).sendKeys(first);
        driver.findElement(By.id("lastName")).clear();
        driver.findElement(By.id("lastName")).sendKeys(last);
      } else {
        return;
      }
      Navigation.clickAndWaitForNewPage(
          driver, driver.findElement(By.cssSelector("[type='submit']")));
    }
  }

  public KeycloakRegistrationPage openRegistration() {
    Navigation.clickAndWaitForNewPage(
        driver, driver.findElement(By.cssSelector("a[href*='registration']")));
    return new KeycloakRegistrationPage(driver);
  }

  private void submit(String username, String password) {
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("kc-login")));
  }
}
