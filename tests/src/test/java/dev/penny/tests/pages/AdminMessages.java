package dev.penny.tests.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The messages at the top of an admin page. */
final class AdminMessages {

  private AdminMessages() {}

  static List<String> of(WebDriver driver) {
    return driver.findElements(By.cssSelector(".admin-messages li")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
