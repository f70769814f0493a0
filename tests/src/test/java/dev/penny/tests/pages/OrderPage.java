package dev.penny.tests.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An order's own page (the confirmation): its number and status. */
public class OrderPage extends StorePage {

  public OrderPage(WebDriver driver) {
    super(driver, By.id("order"));
  }

  /** The order page the payment step moves on to once the card page says it is paid. */
  static OrderPage after(WebDriver driver) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("order")));
    return new OrderPage(driver);
  }

  public String number() {
    return driver.findElement(By.cssSelector("[data-testid='order-number']")).getText();
  }

  public String status() {
    return driver.findElement(By.cssSelector("[data-testid='order-status']")).getText();
  }
}
