package dev.penny.tests.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The checkout form: e-mail, shipping address, then on to the payment step. */
public class CheckoutPage extends StorePage {

  public CheckoutPage(WebDriver driver) {
    super(driver, By.id("checkout-title"));
  }

  public CheckoutPage email(String email) {
    Fields.type(driver, By.cssSelector("[data-testid='checkout-email']"), email);
    return this;
  }

  /** Fills in the shipping address ({@code country} is an ISO code such as {@code US}). */
  public CheckoutPage address(
      String name, String line1, String city, String postcode, String country) {
    Fields.type(driver, By.cssSelector("[data-testid='address-name']"), name);
    Fields.type(driver, By.cssSelector("[data-testid='address-line1']"), line1);
    Fields.type(driver, By.cssSelector("[data-testid='address-city']"), city);
    Fields.type(driver, By.cssSelector("[data-testid='address-postcode']"), postcode);
    new Select(driver.findElement(By.cssSelector("[data-testid='address-country']")))
        .selectByValue(country);
    return this;
  }

  public PaymentPage placeOrder() {
    navigateBy(driver.findElement(By.cssSelector("[data-testid='place-order']")));
    return new PaymentPage(driver);
  }

  /** Places the order with a form the server refuses: the form comes back with its problems. */
  public CheckoutPage placeOrderRefused() {
    navigateBy(driver.findElement(By.cssSelector("[data-testid='place-order']")));
    return new CheckoutPage(driver);
  }

  public List<String> problems() {
    return driver.findElements(By.cssSelector("[data-testid='checkout-problems'] li")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
