package dev.penny.tests.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The page for an unknown store or page. */
public class NotFoundPage {

  private final WebDriver driver;

  public NotFoundPage(WebDriver driver) {
    this.driver = driver;
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("not-found")));
  }

  public static NotFoundPage open(WebDriver driver, String url) {
    driver.get(url);
    return new NotFoundPage(driver);
  }

  public String message() {
    return driver.findElement(By.id("not-found-message")).getText();
  }

  public String heading() {
    return driver.findElement(By.cssSelector("#not-found h1")).getText();
  }
}
