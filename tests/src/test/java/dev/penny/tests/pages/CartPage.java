package dev.penny.tests.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The cart: its lines, coupon, shipping and totals, by their public test ids. */
public class CartPage extends StorePage {

  public CartPage(WebDriver driver) {
    super(driver, By.id("cart-title"));
  }

  /** A line: SKU, quantity and line total as shown. */
  public record Line(String sku, int quantity, String total) {}

  public List<Line> lines() {
    return driver.findElements(By.cssSelector("[data-testid='cart-line']")).stream()
        .map(CartPage::line)
        .toList();
  }

  public String notice() {
    return text("cart-notice");
  }

  public String problem() {
    return text("cart-problem");
  }

  public String total(String testId) {
    return text(testId);
  }

  public CartPage applyCoupon(String code) {
    Fields.type(byTestId("coupon-code"), code);
    navigateBy(byTestId("apply-coupon"));
    return new CartPage(driver);
  }

  public CartPage chooseShipping(String name) {
    Select select = new Select(byTestId("shipping-method"));
    select.getOptions().stream()
        .filter(o -> o.getText().startsWith(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No shipping method " + name))
        .click();
    navigateBy(byTestId("choose-shipping"));
    return new CartPage(driver);
  }

  public CheckoutPage checkout() {
    navigateBy(byTestId("checkout-button"));
    return new CheckoutPage(driver);
  }

  public CartPage changeQuantity(String sku, int quantity) {
    WebElement row = row(sku);
    Fields.type(
        row.findElement(By.cssSelector("[data-testid='cart-line-quantity']")),
        String.valueOf(quantity));
    navigateBy(row.findElement(By.cssSelector("[data-testid='cart-line-update']")));
    return new CartPage(driver);
  }

  public CartPage remove(String sku) {
    navigateBy(row(sku).findElement(By.cssSelector("[data-testid='cart-line-remove']")));
    return new CartPage(driver);
  }

  private WebElement row(String sku) {
    return driver.findElement(By.cssSelector("[data-testid='cart-line'][data-sku='" + sku + "']"));
  }

  private WebElement byTestId(String id) {
    return driver.findElement(By.cssSelector("[data-testid='" + id + "']"));
  }

  private String text(String testId) {
    List<WebElement> found = driver.findElements(By.cssSelector("[data-testid='" + testId + "']"));
    return found.isEmpty() ? "" : found.get(0).getText();
  }

  private static Line line(WebElement row) {
    return new Line(
        row.getAttribute("data-sku"),
        Integer.parseInt(
            row.findElement(By.cssSelector("[data-testid='cart-line-quantity']"))
                .getAttribute("value")),
        row.findElement(By.cssSelector("[data-testid='cart-line-total']")).getText());
  }
}
