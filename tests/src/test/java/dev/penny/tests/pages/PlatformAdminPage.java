package dev.penny.tests.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The platform operators' list of stores. */
public class PlatformAdminPage {

  private final WebDriver driver;

  public PlatformAdminPage(WebDriver driver) {
    this.driver = driver;
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("platform-title")));
  }

  public static PlatformAdminPage open(WebDriver driver, String baseUrl) {
    driver.get(baseUrl + "/admin/platform");
    return new PlatformAdminPage(driver);
  }

  public String status(String store) {
    return row(store)
        .findElement(By.cssSelector("[data-testid='platform-store-status']"))
        .getAttribute("data-status");
  }

  public PlatformAdminPage suspend(String store) {
    return press(row(store).findElement(By.cssSelector("[data-testid='suspend-" + store + "']")));
  }

  public PlatformAdminPage resumeIfSuspended(String store) {
    List<WebElement> resume =
        row(store).findElements(By.cssSelector("[data-testid='resume-" + store + "']"));
    return resume.isEmpty() ? this : press(resume.get(0));
  }

  public List<String> messages() {
    return driver.findElements(By.cssSelector("#admin-messages li")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private WebElement row(String store) {
    return driver.findElement(By.cssSelector("[data-testid='platform-store-" + store + "']"));
  }

  private PlatformAdminPage press(WebElement button) {
    Navigation.clickAndWaitForNewPage(driver, button);
    return new PlatformAdminPage(driver);
  }
}
