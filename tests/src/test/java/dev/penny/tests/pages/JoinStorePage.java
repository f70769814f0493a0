package dev.penny.tests.pages;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** {@code /stores/join/{token}}: an invitation to a store's staff, for the signed-in person. */
public class JoinStorePage {

  private static final Pattern LINK = Pattern.compile("https?://\\S+/stores/join/[A-Za-z0-9_-]+");

  private static final String SUBJECT = "You are invited to the staff of ";

  private final WebDriver driver;

  public JoinStorePage(WebDriver driver) {
    this.driver = driver;
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("join-store-title")));
  }

  /**
   * The invitation link in the newest invitation mail to {@code email} (from the sandbox mailbox,
   * which lists the newest first), on {@code baseUrl}'s server.
   */
  public static String linkMailedTo(WebDriver driver, String baseUrl, String email) {
    String body =
        new WebDriverWait(driver, Duration.ofSeconds(30))
            .pollingEvery(Duration.ofMillis(500))
            .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
            .until(
                d -> {
                  d.get(baseUrl + "/sandbox/mail?to=" + email);
                  for (WebElement mail :
                      d.findElements(By.cssSelector("[data-testid='sandbox-mail']"))) {
                    if (mail.findElement(By.cssSelector("[data-testid='sandbox-mail-subject']"))
                        .getText()
                        .startsWith(SUBJECT)) {
                      return mail.findElement(By.cssSelector("[data-testid='sandbox-mail-body']"))
                          .getText();
                    }
                  }
                  return null;
                });
    Matcher m = LINK.matcher(body);
    if (!m.find()) {
      throw new AssertionError("No invitation link in: " + body);
    }
    String link = m.group();
    return baseUrl + link.substring(link.indexOf("/stores/join/"));
  }

  public String offer() {
    return driver.findElement(By.cssSelector("[data-testid='join-store-offer']")).getText();
  }

  public String signedInAs() {
    return driver.findElement(By.cssSelector("[data-testid='join-store-signed-in']")).getText();
  }

  public boolean canAccept() {
    return !driver.findElements(By.cssSelector("[data-testid='join-store-accept']")).isEmpty();
  }

  public boolean isInvalid() {
    return !driver.findElements(By.cssSelector("[data-testid='join-store-invalid']")).isEmpty();
  }

  /** Accepts; the person lands in the store's admin (signed in again to carry the new role). */
  public AdminDashboardPage accept() {
    Navigation.clickAndWaitForNewPage(
        driver, driver.findElement(By.cssSelector("[data-testid='join-store-accept']")));
    return new AdminDashboardPage(driver);
  }

  /** What the page says to a signed-in person whose address is not the invited one. */
  public String otherAccountNote() {
    return driver.findElement(By.cssSelector("[data-testid='join-store-other-account']")).getText();
  }

  public List<String> messages() {
    return AdminMessages.of(driver);
  }
}
