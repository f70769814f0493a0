package dev.penny.tests.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The sandbox mailbox ({@code /sandbox/mail}): what Penny sent, newest first. */
public class SandboxMailPage {

  private final WebDriver driver;

  private SandboxMailPage(WebDriver driver) {
    this.driver = driver;
  }

  /**
   * Opens the mailbox of {@code to} and reloads it (mail goes out every few seconds) until a
   * message with {@code subject} is there.
   */
  public static SandboxMailPage awaitSubject(
      WebDriver driver, String baseUrl, String to, String subject) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .pollingEvery(Duration.ofMillis(500))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d -> {
              d.get(baseUrl + "/sandbox/mail?to=" + to);
              return d.findElements(By.cssSelector("[data-testid='sandbox-mail-subject']")).stream()
                  .anyMatch(e -> e.getText().equals(subject));
            });
    return new SandboxMailPage(driver);
  }

  /** The body of the newest message with {@code subject}. */
  public String body(String subject) {
    for (WebElement mail : driver.findElements(By.cssSelector("[data-testid='sandbox-mail']"))) {
      if (mail.findElement(By.cssSelector("[data-testid='sandbox-mail-subject']"))
          .getText()
          .equals(subject)) {
        return mail.findElement(By.cssSelector("[data-testid='sandbox-mail-body']")).getText();
      }
    }
    throw new IllegalStateException("No mail " + subject);
  }

  public List<String> subjects() {
    return driver.findElements(By.cssSelector("[data-testid='sandbox-mail-subject']")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
