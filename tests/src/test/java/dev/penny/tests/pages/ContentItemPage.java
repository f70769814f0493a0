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

  public static ContentItemPage open(WebDriver driver, String baseUrl, String store, long id) {
    driver.get(baseUrl + "/s/" + store + "/a/" + id);
    return new ContentItemPage(driver);
  }

  /** Unlocks with one click (wallet or tab, as the shopper chose). */
  public ContentItemPage unlock() {
    navigateBy(driver.findElement(By.cssSelector("[data-testid='unlock-button']")));
    return new ContentItemPage(driver);
  }

  public boolean showsArticleBody() {
    return !driver.findElements(By.cssSelector("[data-testid='article-body']")).isEmpty();
  }

  /** Tips a custom amount with a note. */
  public ContentItemPage tip(String amount, String note) {
    Fields.type(driver, By.cssSelector("[data-testid='tip-custom']"), amount);
    Fields.type(driver, By.cssSelector("[data-testid='tip-note']"), note);
    navigateBy(driver.findElement(By.cssSelector("[data-testid='tip-custom-submit']")));
    return new ContentItemPage(driver);
  }

  /**
   * Tips a custom amount with a note by pressing Enter in the note field, as a shopper would: the
   * form's default button is the other amount's, not the first preset.
   */
  public ContentItemPage tipPressingEnter(String amount, String note) {
    Fields.type(driver, By.cssSelector("[data-testid='tip-custom']"), amount);
    Fields.type(driver, By.cssSelector("[data-testid='tip-note']"), note);
    Navigation.pressEnterAndWaitForNewPage(
        driver, driver.findElement(By.cssSelector("[data-testid='tip-note']")));
    return new ContentItemPage(driver);
  }

  public String notice() {
    return driver.findElement(By.cssSelector("[data-testid='micro-notice']")).getText();
  }

  /** The code of the problem the page shows ({@code micro-problem}'s {@code data-code}). */
  public String problemCode() {
    return driver
        .findElement(By.cssSelector("[data-testid='micro-problem']"))
        .getAttribute("data-code");
  }

  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }
}
