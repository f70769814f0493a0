package dev.penny.tests.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Creating or editing one paid content item in the admin. */
public class AdminContentPage {

  private final WebDriver driver;

  public AdminContentPage(WebDriver driver) {
    this.driver = driver;
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("content-edit-title")));
  }

  public static AdminContentPage openNew(WebDriver driver, String baseUrl, String store) {
    driver.get(baseUrl + "/admin/" + store + "/content/new");
    return new AdminContentPage(driver);
  }

  public AdminContentPage with(
      String title, String teaser, String body, String price, String passHours) {
    Fields.type(driver, "content-title-input", title);
    Fields.type(driver, "content-teaser", teaser);
    Fields.type(driver, "content-body", body);
    Fields.type(driver, "content-price", price);
    Fields.type(driver, "content-pass", passHours);
    return this;
  }

  public AdminContentPage save() {
    Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("content-save")));
    return new AdminContentPage(driver);
  }

  public String title() {
    return driver.findElement(By.id("content-edit-title")).getText();
  }

  public ContentItemPage viewInStore() {
    Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("content-view-in-store")));
    return new ContentItemPage(driver);
  }

  public List<String> messages() {
    return AdminMessages.of(driver);
  }
}
