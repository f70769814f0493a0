package dev.penny.tests.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** A shopper's account page in a store. */
public class AccountPage extends StorePage {

  public AccountPage(WebDriver driver) {
    super(driver, By.id("account-title"));
  }

  public static KeycloakLoginPage openSignedOut(WebDriver driver, String baseUrl, String store) {
    driver.get(baseUrl + "/s/" + store + "/account");
    return new KeycloakLoginPage(driver);
  }

  public String name() {
    return driver.findElement(By.id("account-name")).getText();
  }

  public String email() {
    return driver.findElement(By.id("account-email")).getText();
  }

  public String username() {
    return driver.findElement(By.id("account-username")).getText();
  }

  /** The stores whose admin the account page links to, by their link text. */
  public java.util.List<String> administeredStores() {
    return driver.findElements(org.openqa.selenium.By.cssSelector("#account-stores a")).stream()
        .map(org.openqa.selenium.WebElement::getText)
        .toList();
  }

  /** The saved cards listed, as their last four digits. */
  public java.util.List<String> savedCards() {
    return driver
        .findElements(org.openqa.selenium.By.cssSelector("[data-testid='account-card']"))
        .stream()
        .map(e -> e.getAttribute("data-last-four"))
        .toList();
  }

  public AccountPage removeCard(String lastFour) {
    navigateBy(
        driver.findElement(
            org.openqa.selenium.By.cssSelector(
                "[data-testid='account-card'][data-last-four='"
                    + lastFour
                    + "'] [data-testid='remove-card']")));
    return new AccountPage(driver);
  }

  /** What the page says went wrong, empty when nothing did. */
  public String problem() {
    return driver.findElements(By.cssSelector("[data-testid='account-problem']")).stream()
        .map(org.openqa.selenium.WebElement::getText)
        .findFirst()
        .orElse("");
  }

  /** The order numbers listed on the account page. */
  public java.util.List<String> orders() {
    return driver
        .findElements(org.openqa.selenium.By.cssSelector("[data-testid='account-order'] a"))
        .stream()
        .map(org.openqa.selenium.WebElement::getText)
        .toList();
  }
}
