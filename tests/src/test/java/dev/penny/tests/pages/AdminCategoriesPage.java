package dev.penny.tests.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A store's categories in the admin. */
public class AdminCategoriesPage {

  private final WebDriver driver;

  public AdminCategoriesPage(WebDriver driver) {
    this.driver = driver;
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("categories-title")));
  }

  public static AdminCategoriesPage open(WebDriver driver, String baseUrl, String store) {
    driver.get(baseUrl + "/admin/" + store + "/categories");
    return new AdminCategoriesPage(driver);
  }

  public AdminCategoriesPage add(String name, String slug) {
    Fields.type(driver, "category-name", name);
    Fields.type(driver, "category-slug", slug);
    Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("category-add")));
    return new AdminCategoriesPage(driver);
  }

  public AdminCategoriesPage rename(String currentName, String newName, String position) {
    new Select(driver.findElement(By.id("category-edit-id"))).selectByVisibleText(currentName);
    Fields.type(driver, "category-edit-name", newName);
    Fields.type(driver, "category-edit-position", position);
    Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("category-save")));
    return new AdminCategoriesPage(driver);
  }

  /** Deletes the category, ticking the confirmation when {@code confirmed}. */
  public AdminCategoriesPage delete(String name, boolean confirmed) {
    new Select(driver.findElement(By.id("category-delete-id"))).selectByVisibleText(name);
    if (confirmed) {
      driver.findElement(By.id("category-delete-confirm")).click();
    }
    Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("category-delete")));
    return new AdminCategoriesPage(driver);
  }

  /**
   * Deletes, confirmed, with the select's chosen option rewritten (as a tampering client would) to
   * {@code id}.
   */
  public AdminCategoriesPage deleteTampered(String name, String id) {
    new Select(driver.findElement(By.id("category-delete-id"))).selectByVisibleText(name);
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript(
            "var s = document.getElementById('category-delete-id');"
                + " s.options[s.selectedIndex].value = arguments[0];",
            id);
    driver.findElement(By.id("category-delete-confirm")).click();
    Navigation.clickAndWaitForNewPage(driver, driver.findElement(By.id("category-delete")));
    return new AdminCategoriesPage(driver);
  }

  public List<String> names() {
    return driver.findElements(By.cssSelector("[data-testid='admin-category-name']")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public List<String> messages() {
    return AdminMessages.of(driver);
  }
}
