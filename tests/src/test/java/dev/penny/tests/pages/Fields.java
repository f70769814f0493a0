package dev.penny.tests.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Filling in form fields, as a user replaces what a field holds. */
final class Fields {

  private Fields() {}

  static void type(WebDriver driver, By field, String text) {
    WebElement element = driver.findElement(field);
    element.clear();
    element.sendKeys(text);
  }

  static void type(WebElement element, String text) {
    element.clear();
    element.sendKeys(text);
  }

  static void type(WebDriver driver, String id, String text) {
    type(driver, By.id(id), text);
  }
}
