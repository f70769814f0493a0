package dev.penny.tests.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Keycloak's sign-up form: a new shopper account. */
public class KeycloakRegistrationPage {

  private final WebDriver driver;

  public KeycloakRegistrationPage(WebDriver driver) {
    this.driver = driver;
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("kc-register-form")));
  }

  /** Registers and returns to the store, signed in. */
  public StoreHomePage register(
      String username, String email, String firstName, String lastName, String password) {
    submit(username, email, firstName, lastName, password);
    return new StoreHomePage(driver);
  }

  /** Registers and returns, signed in, to the page that asked for the sign-in (any page). */
  public void registerAndContinue(
      String username, String email, String firstName, String lastName, String password) {
    submit(username, email, firstName, lastName, password);
  }

  private void submit(
      String username, String email, String firstName, String lastName, String password) {
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("email")).sendKeys(email);
    driver.findElement(By.id("firstName")).sendKeys(firstName);
    driver.findElement(By.id("lastName")).sendKeys(lastName);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("password-confirm")).sendKeys(password);
    Navigation.clickAndWaitForNewPage(
        driver, driver.findElement(By.cssSelector("#kc-register-form [type='submit']")));
  }
}
