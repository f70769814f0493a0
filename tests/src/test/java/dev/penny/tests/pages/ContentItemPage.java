package dev.penny.tests.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** An article: teaser for all, body behind the paywall. */
public class ContentItemPage extends StorePage {

  public ContentItemPage(WebDriver driver) {
    super(driver, By.id("content-title"));
  }

  public String heading() {
    return driver.findElement(By.id("content-title")).getText();
  }

  public String teaser() {
    return driver.findElement(By.id("content-teaser")).getText();
  }

  public boolean isLocked() {
    return !driver.findElements(By.id("content-locked")).isEmpty();
  }

  public boolean showsBody() {
    return !driver.findElements(By.id("content-body")).isEmpty();
  }

  public String unlockPrice() {
    return driver.findElement(By.id("content-price")).getText();
  }

  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }
}
