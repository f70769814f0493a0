package dev.penny.tests.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.tests.pages.AdminOrderPage;
import dev.penny.tests.pages.AdminOrdersPage;
import dev.penny.tests.pages.SandboxMailPage;
import dev.penny.tests.pages.StoreHomePage;
import dev.penny.tests.stack.HttpCheckout;
import dev.penny.tests.stack.StackDatabase;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * A merchant handles orders in the tenant admin in Chromium: finds a paid order, fulfils it (the
 * card is captured), refunds part of it, and the shopper's receipts arrive in the sandbox mailbox.
 */
class OrderAdminIT extends BrowserPerTest {

  @Test
  void theMerchantFulfilsAndPartlyRefundsAndTheRefundEmailArrives() throws Exception {
    HttpCheckout checkout = new HttpCheckout("demo-books").order("BK-F100-HC", 1);
    checkout.payWith("4242 4242 4242 4242", "12/30", "123");
    checkout.orderPage();
    long number = checkout.orderNumber();
    StoreHomePage.open(browser, baseUrl, "demo-books")
        .signIn()
        .signInAs("owner-books", "penny-demo");

    AdminOrdersPage list = AdminOrdersPage.open(browser, baseUrl, "demo-books").filter("paid");
    assertThat(list.numbers()).contains(String.valueOf(number));
    assertThat(list.search(String.valueOf(number)).numbers())
        .containsExactly(String.valueOf(number));
    AdminOrderPage order = list.open(String.valueOf(number));
    assertThat(order.status()).isEqualTo("Paid");
    assertThat(order.figure("admin-order-subtotal")).startsWith("$");
    assertThat(order.figure("admin-order-tax")).startsWith("$");
    assertThat(order.figure("admin-order-charged")).isEqualTo(order.figure("admin-order-total"));

    order = order.fulfil();
    assertThat(order.status()).isEqualTo("Fulfilled");
    assertThat(captured(checkout)).isEqualTo(1);
    order = order.refund("5.00");
    assertThat(order.refunded()).isEqualTo("$5.00");
    assertThat(order.status()).isEqualTo("Fulfilled");
    AdminOrderPage refused = order.refund("999.00");
    assertThat(refused.message()).contains("at most");
    assertThat(order.history()).anyMatch(e -> e.contains("refunded") && e.contains("owner-books"));
    assertThat(order.history())
        .as("who placed it, in words")
        .anyMatch(e -> e.contains("placed") && e.contains("a guest (the shopper)"))
        .noneMatch(e -> e.contains("member:") || e.contains("shopper:"));

    String refund = "Refund for order " + number + " at Marginalia Books";
    SandboxMailPage mailbox =
        SandboxMailPage.awaitSubject(browser, baseUrl, "ada@example.com", refund);
    assertThat(mailbox.body(refund)).contains("refunded $5.00 of order " + number);
    assertThat(mailbox.subjects()).contains("Receipt for order " + number + " at Marginalia Books");
  }

  @Test
  void aCouponThatWouldHaveExpiredIsRefusedAndEachCouponSaysItsState() {
    StoreHomePage.open(browser, baseUrl, "demo-books")
        .signIn()
        .signInAs("owner-books", "penny-demo");
    String suffix = Long.toString(System.nanoTime() % 1_000_000_000L);

    createCoupon("PAST" + suffix, "2020-01-01");
    assertThat(
            browser.findElements(org.openqa.selenium.By.cssSelector(".admin-messages li")).stream()
                .map(org.openqa.selenium.WebElement::getText))
        .anyMatch(m -> m.contains("today or later"));
    assertThat(couponState("PAST" + suffix)).as("not created").isEmpty();

    createCoupon("SOON" + suffix, "2099-12-31");
    assertThat(couponState("SOON" + suffix)).contains("Active");
  }

  private void createCoupon(String code, String expires) {
    browser.get(baseUrl + "/admin/demo-books/coupons");
    fill("coupon-new-code", code);
    fill("coupon-value", "5");
    fill("coupon-expires", expires);
    browser.findElement(org.openqa.selenium.By.cssSelector("[data-testid=coupon-create]")).click();
    new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
        .until(
            d ->
                !d.findElements(org.openqa.selenium.By.cssSelector(".admin-messages li")).isEmpty()
                    || couponState(code).isPresent());
  }

  private void fill(String testId, String text) {
    org.openqa.selenium.WebElement field =
        browser.findElement(org.openqa.selenium.By.cssSelector("[data-testid=" + testId + "]"));
    field.clear();
    field.sendKeys(text);
  }

  private java.util.Optional<String> couponState(String code) {
    return browser
        .findElements(
            org.openqa.selenium.By.cssSelector(
                "[data-testid=admin-coupon-row][data-code='" + code + "']"))
        .stream()
        .findFirst()
        .map(
            row ->
                row.findElement(
                        org.openqa.selenium.By.cssSelector("[data-testid=admin-coupon-state]"))
                    .getText());
  }

  private static long captured(HttpCheckout checkout) throws SQLException {
    return StackDatabase.number(
        "SELECT COUNT(*) FROM vault.sandbox_transaction WHERE kind = 'CAPTURE' AND outcome ="
            + " 'APPROVED' AND request_id = '"
            + checkout.paymentId()
            + "-capture'");
  }
}
