package dev.penny.tests.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Clicking something that loads another page, and waiting until the old page is gone. */
final class Navigation {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private Navigation() {}

  static void clickAndWaitForNewPage(WebDriver driver, WebElement target) {
    WebElement oldPage = driver.findElement(By.tagName("html"));
    target.click();
    new WebDriverWait(driver, TIMEOUT).until(d -> isGone(oldPage));
  }

  /** Presses Enter in a form's field (the form's default button is pressed) and waits. */
  static void pressEnterAndWaitForNewPage(WebDriver driver, WebElement field) {
    WebElement oldPage = driver.findElement(By.tagName("html"));
    field.sendKeys(org.openqa.selenium.Keys.ENTER);
    new WebDriverWait(driver, TIMEOUT).until(d -> isGone(oldPage));
  }

  /**
   * Chromium 156 reports an element of a replaced document either as stale or, sometimes, as a node
   * that "does not belong to the document"; both mean the old page is gone.
   */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }
}
