package dev.penny.tests.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The payment step: the store's page with the checkout zone's card page in a frame ({@code
 * card-frame}). Card details are typed inside the frame, as a shopper would.
 */
public class PaymentPage extends StorePage {

  private static final Duration WAIT = Duration.ofSeconds(20);

  public PaymentPage(WebDriver driver) {
    super(driver, By.id("payment-step"));
  }

  public String orderNumber() {
    return driver.findElement(By.cssSelector("[data-testid='order-number']")).getText();
  }

  public String cardFrameAddress() {
    return driver.findElement(By.cssSelector("[data-testid='card-frame']")).getAttribute("src");
  }

  /**
   * Types a card into the frame and presses pay; what follows (an error in the frame, a challenge,
   * the order's page) is waited for by the next step.
   */
  public PaymentPage submitCard(String number, String expiry, String cvc) {
    inFrame(
        () -> {
          Fields.type(driver, By.cssSelector("[data-testid='card-number']"), number);
          Fields.type(driver, By.cssSelector("[data-testid='card-expiry']"), expiry);
          Fields.type(driver, By.cssSelector("[data-testid='card-cvc']"), cvc);
          // The frame loads its answer, and on success the store's page moves on: wait outside.
          driver.findElement(By.cssSelector("[data-testid='pay-button']")).click();
        });
    return this;
  }

  /** Types a card, ticks "save this card" (signed-in shoppers), and pays. */
  public OrderPage payAndSaveCard(String number, String expiry, String cvc) {
    inFrame(
        () -> {
          Fields.type(driver, By.cssSelector("[data-testid='card-number']"), number);
          Fields.type(driver, By.cssSelector("[data-testid='card-expiry']"), expiry);
          Fields.type(driver, By.cssSelector("[data-testid='card-cvc']"), cvc);
          driver.findElement(By.cssSelector("[data-testid='save-card']")).click();
          driver.findElement(By.cssSelector("[data-testid='pay-button']")).click();
        });
    return OrderPage.after(driver);
  }

  /** The saved cards the card page offers, as their button texts. */
  public java.util.List<String> savedCards() {
    return inFrame(
        () ->
            driver.findElements(By.cssSelector("[data-testid='saved-card']")).stream()
                .map(WebElement::getText)
                .toList());
  }

  /** Pays with the first saved card the card page offers. */
  public OrderPage payWithSavedCard() {
    inFrame(() -> driver.findElement(By.cssSelector("[data-testid='saved-card']")).click());
    return OrderPage.after(driver);
  }

  /** Pays with a card typed into the frame, and follows the store to the order's page. */
  public OrderPage pay(String number, String expiry, String cvc) {
    submitCard(number, expiry, cvc);
    return OrderPage.after(driver);
  }

  /** The message the card page shows after a refusal or decline. */
  public String paymentError() {
    return inFrame(
        () ->
            new WebDriverWait(driver, WAIT)
                .until(
                    ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("[data-testid='payment-error']")))
                .getText());
  }

  /** Completes (or fails) the sandbox's 3-D Secure challenge inside the frame. */
  public OrderPage completeChallenge() {
    inFrame(
        () -> {
          WebElement confirm =
              new WebDriverWait(driver, WAIT)
                  .until(
                      ExpectedConditions.elementToBeClickable(
                          By.cssSelector("[data-testid='challenge-complete']")));
          confirm.click();
        });
    return OrderPage.after(driver);
  }

  public OrderPage cancelOrder() {
    navigateBy(driver.findElement(By.cssSelector("[data-testid='cancel-order']")));
    return new OrderPage(driver);
  }

  private void inFrame(Runnable work) {
    inFrame(
        () -> {
          work.run();
          return null;
        });
  }

  private <T> T inFrame(java.util.function.Supplier<T> work) {
    new WebDriverWait(driver, WAIT)
        .until(
            ExpectedConditions.frameToBeAvailableAndSwitchToIt(
                By.cssSelector("[data-testid='card-frame']")));
    try {
      return work.get();
    } finally {
      driver.switchTo().defaultContent();
    }
  }
}
