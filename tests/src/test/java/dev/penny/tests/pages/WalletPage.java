package dev.penny.tests.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A shopper's wallet and tab in a store: balance, top-ups, the tab, pay-with, spending keys. */
public class WalletPage extends StorePage {

  public WalletPage(WebDriver driver) {
    super(driver, By.id("wallet"));
  }

  public static WalletPage open(WebDriver driver, String baseUrl, String store) {
    driver.get(baseUrl + "/s/" + store + "/wallet");
    return new WalletPage(driver);
  }

  public String balance() {
    return testId("wallet-balance").getText();
  }

  /** Clicks the first preset top-up button (the saved card selected). */
  public WalletPage topUpWithFirstPreset() {
    navigateBy(driver.findElements(By.cssSelector("[data-testid='top-up']")).get(0));
    return new WalletPage(driver);
  }

  public WalletPage openTab() {
    testId("tab-consent-check").click();
    navigateBy(testId("open-tab"));
    return new WalletPage(driver);
  }

  /** Charges the open tab to the saved card ending in {@code lastFour} from now on, agreeing. */
  public WalletPage chargeTabTo(String lastFour) {
    new org.openqa.selenium.support.ui.Select(testId("tab-card-select"))
        .selectByVisibleText("Visa •••• " + lastFour);
    testId("tab-card-consent").click();
    navigateBy(testId("tab-card-change"));
    return new WalletPage(driver);
  }

  /** The text of the tab's section: which card it is charged to and the agreement's date. */
  public String mainText() {
    return driver.findElement(By.tagName("main")).getText();
  }

  /** Closes the tab (what it owes is charged now when a card can be charged that much). */
  public WalletPage closeTab() {
    navigateBy(testId("tab-close"));
    return new WalletPage(driver);
  }

  public boolean showsClosedTab() {
    return !driver.findElements(By.cssSelector("[data-testid='tab-closed']")).isEmpty();
  }

  /** Whether this one-click payment choice is the one selected. */
  public boolean paysWith(String funding) {
    return testId("pay-with-" + funding).isSelected();
  }

  public WalletPage payWith(String funding) {
    testId("pay-with-" + funding).click();
    navigateBy(testId("pay-with-save"));
    return new WalletPage(driver);
  }

  public String tabProgress() {
    return testId("tab-progress").getText();
  }

  public List<String> tabLines() {
    return driver.findElements(By.cssSelector("[data-testid='tab-line']")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public List<String> purchases() {
    return driver.findElements(By.cssSelector("[data-testid='micro-purchase']")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Creates a spending key for this store with the cap; the secret shown once. */
  public String createSpendingKey(String label, String cap) {
    Fields.type(driver, By.cssSelector("[data-testid='spending-key-label']"), label);
    Fields.type(driver, By.cssSelector("[data-testid='spending-key-cap']"), cap);
    driver.findElement(By.cssSelector("input[name='scope'][value='this']")).click();
    navigateBy(testId("spending-key-create"));
    return new WalletPage(driver).testId("spending-key-secret").getText().strip();
  }

  /** The tab's card charges, newest first: each one's status (SUCCEEDED, FAILED, ...). */
  public List<String> tabChargeStatuses() {
    return driver.findElements(By.cssSelector("[data-testid='tab-charge']")).stream()
        .map(e -> e.getAttribute("data-status"))
        .toList();
  }

  public List<String> tabCharges() {
    return driver.findElements(By.cssSelector("[data-testid='tab-charge']")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public boolean showsLockedTab() {
    return !driver.findElements(By.cssSelector("[data-testid='tab-locked']")).isEmpty();
  }

  /** The newest tab charge's attempts so far (declines count). */
  public int newestChargeAttempts() {
    return Integer.parseInt(
        driver
            .findElements(By.cssSelector("[data-testid='tab-charge']"))
            .get(0)
            .getAttribute("data-attempts"));
  }

  /**
   * Pays the tab now with a card not saved: types it into the checkout zone's card page, framed in
   * the wallet page, and waits for the wallet page the card page sends the shopper back to.
   */
  public WalletPage payTabNowWithNewCard(String number, String expiry, String cvc) {
    new org.openqa.selenium.support.ui.Select(testId("tab-pay-card"))
        .selectByVisibleText("A new card");
    navigateBy(testId("tab-pay-now"));
    new PaymentPage(driver).submitCard(number, expiry, cvc);
    new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
        .until(d -> d.getCurrentUrl().contains("notice=tab-card-paid"));
    return new WalletPage(driver);
  }

  /** Pays the tab now with the saved card selected first. */
  public WalletPage payTabNow() {
    navigateBy(testId("tab-pay-now"));
    return new WalletPage(driver);
  }

  /** The code of the problem the page shows ({@code micro-problem}'s {@code data-code}). */
  public String problemCode() {
    return testId("micro-problem").getAttribute("data-code");
  }

  public String notice() {
    return testId("micro-notice").getText();
  }

  WebElement testId(String id) {
    return driver.findElement(By.cssSelector("[data-testid='" + id + "']"));
  }
}
