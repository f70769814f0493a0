package dev.penny.tests.e2e;

import dev.penny.tests.pages.Browser;
import dev.penny.tests.stack.PennyStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;

/**
 * A fresh browser for every test, for suites whose tests sign in as different users: no cookie of
 * one test can leak into the next.
 */
abstract class BrowserPerTest {

  protected WebDriver browser;
  protected String baseUrl;

  @BeforeEach
  void openBrowser() {
    browser = Browser.start();
    baseUrl = PennyStack.get().baseUrl();
  }

  /**
   * A new browser, for a test that goes on as another person. Deleting cookies is not enough:
   * WebDriver deletes only the current site's, and Keycloak's session would sign the next person in
   * as the previous one.
   */
  protected void freshBrowser() {
    browser.quit();
    browser = Browser.start();
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }
}
