package dev.penny.tests.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.tests.pages.AccountPage;
import dev.penny.tests.pages.AdminApiKeysPage;
import dev.penny.tests.pages.ContentItemPage;
import dev.penny.tests.pages.SandboxMailPage;
import dev.penny.tests.pages.StoreHomePage;
import dev.penny.tests.pages.WalletPage;
import dev.penny.tests.stack.Http;
import dev.penny.tests.stack.X402Client;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A declined tab charge, end to end: a shopper's saved card declines when charged on file (the
 * sandbox's 4000 0000 0000 0341); the settlement run's charge is declined, retried three times as
 * the clock moves past each back-off, and the tab locks; a tab purchase is then refused in the
 * store while the shopper sees why; paying it now with a new card, typed into the checkout zone's
 * card page on the wallet page, opens the tab again.
 */
class TabLockJourneyIT extends BrowserPerTest {

  private static final String STORE = "demo-books";

  @Test
  void aDeclinedTabLocksAndPayingItNowOpensIt() throws Exception {
    String apiKey = AdminApiKeysPage.newKey(STORE, "owner-books", "Lock test");
    String username = "locked" + UUID.randomUUID().toString().substring(0, 8);
    String email = username + "@example.com";
    StoreHomePage.open(browser, baseUrl, STORE)
        .signIn()
        .openRegistration()
        .register(username, email, "Lock", "Tester", "a-long-password-1");
    payAnOrderAndSave("4000 0000 0000 0341", email);
    WalletPage.open(browser, baseUrl, STORE).openTab().payWith("tab");
    // The card the tab is charged to cannot be removed while the tab is open.
    browser.get(baseUrl + "/s/" + STORE + "/account");
    AccountPage kept = new AccountPage(browser).removeCard("0341");
    assertThat(kept.problem()).startsWith("This card pays your tab, so it stays");
    assertThat(kept.savedCards()).contains("0341");
    long article = X402Client.contentId(STORE, "why-paper-still-wins");
    ContentItemPage.open(browser, baseUrl, STORE, article).tip("1.00", "Declined later");

    try {
      moveClock(apiKey, 73);
      settle(apiKey);
      assertThat(WalletPage.open(browser, baseUrl, STORE).tabChargeStatuses())
          .first()
          .isEqualTo("DECLINED");
      // Each back-off (1, 2, 4 hours) passes and the sweep tries the card again.
      int hours = 1;
      for (int attempts = 2; attempts <= 4; attempts++) {
        moveClock(apiKey, hours);
        hours *= 2;
        int expected = attempts;
        new WebDriverWait(browser, Duration.ofSeconds(40))
            .pollingEvery(Duration.ofSeconds(2))
            .until(d -> WalletPage.open(d, baseUrl, STORE).newestChargeAttempts() >= expected);
      }
      WalletPage locked = WalletPage.open(browser, baseUrl, STORE);
      assertThat(locked.tabChargeStatuses()).first().isEqualTo("FAILED");
      assertThat(locked.showsLockedTab()).isTrue();
      assertThat(browser.findElement(By.tagName("main")).getText())
          .as("a locked tab is not charged next, it waits to be paid")
          .doesNotContain("charged to your card next");
      assertThat(locked.tabProgress()).isEqualTo("1.00 of 5.00");
      // The shopper is told by mail, with where to pay it.
      String subject = "Your Penny tab is locked: 1.00 USD could not be charged";
      String notice = SandboxMailPage.awaitSubject(browser, baseUrl, email, subject).body(subject);
      assertThat(notice)
          .contains(
              "Card: Visa •••• 0341", "purchases on your tab are refused in every Penny store")
          .contains("/s/" + STORE + "/wallet");

      ContentItemPage refused =
          ContentItemPage.open(browser, baseUrl, STORE, article).tip("0.50", "Still locked?");
      assertThat(
              browser
                  .findElement(By.cssSelector("[data-testid='micro-problem']"))
                  .getAttribute("data-code"))
          .isEqualTo("tab_locked");
      assertThat(refused.pageText()).contains("locked");

      WalletPage paid =
          WalletPage.open(browser, baseUrl, STORE)
              .payTabNowWithNewCard("4242 4242 4242 4242", "11/31", "321");
      assertThat(paid.notice()).contains("Paid with your card");
      assertThat(paid.showsLockedTab()).isFalse();
      assertThat(paid.tabProgress()).isEqualTo("0.00 of 5.00");
      assertThat(paid.tabChargeStatuses()).first().isEqualTo("SUCCEEDED");

      // The tab goes to another saved card from now on; the old card may then be removed.
      payAnOrderAndSave("4242 4242 4242 4242", email);
      WalletPage moved = WalletPage.open(browser, baseUrl, STORE).chargeTabTo("4242");
      assertThat(moved.notice())
          .isEqualTo("Your tab is charged to this card from its next charge on.");
      assertThat(moved.mainText()).contains("Charged to Visa •••• 4242");
      browser.get(baseUrl + "/s/" + STORE + "/account");
      assertThat(new AccountPage(browser).removeCard("0341").savedCards()).containsExactly("4242");
    } finally {
      api(apiKey, "DELETE", "/sandbox/clock", null);
    }
  }

  private void payAnOrderAndSave(String card, String email) {
    StoreHomePage.open(browser, baseUrl, STORE)
        .openCategoryFromNavigation("fiction")
        .openProduct("The Quiet Orchard")
        .addToCart("BK-F100-HC", 1)
        .chooseShipping("Standard")
        .checkout()
        .email(email)
        .address("Lock Tester", "3 Penny Lane", "Liverpool", "L18 1DB", "GB")
        .placeOrder()
        .payAndSaveCard(card, "11/31", "321");
  }

  private static void moveClock(String apiKey, int hours) {
    assertThat(api(apiKey, "POST", "/sandbox/clock", "{\"advance_hours\": " + hours + "}").status())
        .isEqualTo(200);
  }

  private static void settle(String apiKey) throws InterruptedException {
    Http.Response started = api(apiKey, "POST", "/sandbox/settlement-runs", null);
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String id = started.json().getString("id");
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      var latest = api(apiKey, "GET", "/sandbox/settlement-runs/latest", null).json();
      if (latest.getString("id").equals(id) && !latest.getString("status").equals("running")) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("The settlement run did not finish");
  }

  private static Http.Response api(String apiKey, String method, String path, String body) {
    Map<String, String> headers =
        body == null
            ? Map.of("Authorization", "Bearer " + apiKey)
            : Map.of("Authorization", "Bearer " + apiKey, "Content-Type", "application/json");
    return Http.send(method, "/api/v1/stores/" + STORE + path, headers, body);
  }
}
