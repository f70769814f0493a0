package dev.penny.tests.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.penny.tests.pages.AdminDashboardPage;
import dev.penny.tests.pages.CartPage;
import dev.penny.tests.pages.ContentItemPage;
import dev.penny.tests.pages.StoreHomePage;
import dev.penny.tests.pages.WalletPage;
import dev.penny.tests.stack.Http;
import dev.penny.tests.stack.ReferenceClients;
import dev.penny.tests.stack.StackDatabase;
import dev.penny.tests.stack.X402Client;
import jakarta.json.JsonObject;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A new shopper's micropayments, end to end in a real browser and over HTTP: save a card at
 * checkout, top up the wallet with it, unlock an article with one click, tip with a note, switch to
 * the tab and unlock a sub-cent article ("of 5.00"), create a spending key; the merchant sees the
 * tip and the micro-revenue; a machine client pays the 402 challenge with the key and a replay of
 * its payment id moves nothing; the button snippet pasted into a page on another origin sells an
 * unlock inside its frame.
 */
class MicropaymentsJourneyIT extends BrowserPerTest {

  private static final String NOTE = "Lovely piece about margins, merci — été ☕";

  private static final String STORE = "demo-books";

  @Test
  void aShopperPaysInCentsAndFractionsOfThemAndTheMerchantSeesIt() throws Exception {
    String username = "reader" + UUID.randomUUID().toString().substring(0, 8);
    StoreHomePage.open(browser, baseUrl, STORE)
        .signIn()
        .openRegistration()
        .register(username, username + "@example.com", "Mia", "Micro", "a-long-password-1");
    CartPage cart =
        StoreHomePage.open(browser, baseUrl, STORE)
            .openCategoryFromNavigation("fiction")
            .openProduct("The Quiet Orchard")
            .addToCart("BK-F100-HC", 1);
    assertThat(
            cart.chooseShipping("Standard")
                .checkout()
                .email(username + "@example.com")
                .address("Mia Micro", "1 Penny Lane", "Liverpool", "L18 1DB", "GB")
                .placeOrder()
                .payAndSaveCard("5555 5555 5555 4444", "11/31", "321")
                .status())
        .isEqualTo("Paid");

    WalletPage wallet = WalletPage.open(browser, baseUrl, STORE);
    assertThat(wallet.balance()).isEqualTo("$0.00");
    wallet = wallet.topUpWithFirstPreset();
    assertThat(wallet.balance()).isEqualTo("$5.00");

    long paper = contentId("why-paper-still-wins");
    ContentItemPage article = ContentItemPage.open(browser, baseUrl, STORE, paper);
    assertThat(article.showsArticleBody()).isFalse();
    article = article.unlock();
    assertThat(article.showsArticleBody()).isTrue();
    // A note in more than ASCII: the store's forms are read as UTF-8.
    // Enter in the note field sends the typed 0.75, not the first preset (0.50).
    article = article.tipPressingEnter("0.75", NOTE);
    assertThat(article.notice()).contains("tip");

    wallet = WalletPage.open(browser, baseUrl, STORE);
    assertThat(wallet.balance()).isEqualTo("$4.00");
    wallet = wallet.openTab().payWith("tab");
    long footnote = contentId("the-two-tenths-of-a-cent-footnote");
    assertThat(ContentItemPage.open(browser, baseUrl, STORE, footnote).unlock().showsArticleBody())
        .isTrue();
    wallet = WalletPage.open(browser, baseUrl, STORE);
    assertThat(wallet.tabProgress()).isEqualTo("0.002 of 5.00");
    assertThat(wallet.tabLines()).singleElement().asString().contains("0.002");
    assertThat(wallet.balance()).as("the tab paid, not the wallet").isEqualTo("$4.00");
    String secret = wallet.createSpendingKey("My reader app", "2.00");
    assertThat(secret).startsWith("sks_");

    paysTheChallengeOverHttp(secret, contentId("reading-weekly-this-weeks-picks"));

    buysThroughTheButtonOnAnotherOrigin(contentId("an-interview-with-a-bookbinder"));

    freshBrowser();
    StoreHomePage.open(browser, baseUrl, STORE).signIn().signInAs("owner-books", "penny-demo");
    browser.get(baseUrl + "/admin/" + STORE + "/micropayments?kind=tip");
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> !d.findElements(By.id("micro-title")).isEmpty());
    assertThat(browser.findElements(By.cssSelector("[data-testid='micro-purchase-note']")))
        .anyMatch(e -> e.getText().equals(NOTE));
    AdminDashboardPage.open(browser, baseUrl, STORE);
    assertThat(
            browser
                .findElement(By.cssSelector("[data-testid='dashboard-micro-revenue']"))
                .getText())
        .startsWith("$");
    assertThat(browser.findElements(By.cssSelector("[data-testid='dashboard-top-content-row']")))
        .anyMatch(row -> row.getText().contains("Why Paper Still Wins"));

    moveTheSandboxClock("73");
    try {
      freshBrowser();
      StoreHomePage.open(browser, baseUrl, STORE).signIn().signInAs(username, "a-long-password-1");
      WalletPage later = WalletPage.open(browser, baseUrl, STORE);
      assertThat(later.tabProgress()).as("nothing was added").isEqualTo("0.002 of 5.00");
      assertThat(
              browser
                  .findElement(By.cssSelector("[data-testid='tab-due']"))
                  .getAttribute("data-reason"))
          .as("due by the age of its oldest line")
          .isEqualTo("AGE");
      // 0.002 is below what a card can be charged: the page says it waits, not that it is charged.
      assertThat(browser.findElement(By.cssSelector("[data-testid='tab-due']")).getText())
          .doesNotContain("charged to your card next");
      assertThat(browser.findElements(By.cssSelector("[data-testid='tab-waiting']"))).hasSize(1);
      // 5.00 topped up, less 0.25 (unlock), 0.75 (tip), 0.10 (the 402 payment), 0.01 (the API
      // tip) and 0.50 (the button); the 0.002 went on the tab. (The pass bought again below
      // costs 0.10 more.)
      new WebDriverWait(browser, Duration.ofSeconds(15))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(
              d ->
                  d.findElements(By.cssSelector("[data-testid='header-wallet']")).stream()
                      .anyMatch(e -> e.getText().equals("Wallet $3.39 · Tab 0.002 of 5.00")));
      buysAgainWhenThePassEnded(secret, contentId("reading-weekly-this-weeks-picks"));
    } finally {
      freshBrowser();
      StoreHomePage.open(browser, baseUrl, STORE).signIn().signInAs("owner-books", "penny-demo");
      AdminDashboardPage.open(browser, baseUrl, STORE);
      browser.findElement(By.id("sandbox-clock-reset")).click();
      // The page reloads after the click: an element read as it goes is read again.
      new WebDriverWait(browser, Duration.ofSeconds(15))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(
              d ->
                  d.findElement(By.cssSelector("[data-testid='sandbox-clock-now']"))
                              .getText()
                              .length()
                          > 0
                      && d.getPageSource().contains("(0 hours ahead)"));
    }
    // The merchant voids the sub-cent unlock still on the shopper's open tab.
    browser.get(baseUrl + "/admin/" + STORE + "/micropayments?kind=unlock");
    WebElement footnoteRow =
        new WebDriverWait(browser, Duration.ofSeconds(15))
            .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
            .until(
                d ->
                    d.findElements(By.cssSelector("[data-testid='micro-purchase-row']")).stream()
                        .filter(r -> r.getText().contains("The Two-Tenths-of-a-Cent Footnote"))
                        .findFirst()
                        .orElse(null));
    assertThat(
            footnoteRow
                .findElement(By.cssSelector("[data-testid='micro-purchase-status']"))
                .getText())
        .isEqualTo("on open tab");
    String purchase = footnoteRow.getAttribute("data-id");
    footnoteRow.findElement(By.cssSelector("[data-testid='micro-purchase-void']")).click();
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d ->
                d
                    .findElements(
                        By.cssSelector(
                            "[data-testid='micro-purchase-row'][data-id='" + purchase + "']"))
                    .stream()
                    .anyMatch(
                        r ->
                            r.findElement(By.cssSelector("[data-testid='micro-purchase-status']"))
                                .getText()
                                .equals("voided")));
    assertThat(browser.getPageSource()).contains("no longer owes it");

    // The shopper buys a small digital good with one click; it goes on the tab (now empty).
    freshBrowser();
    StoreHomePage.open(browser, baseUrl, STORE).signIn().signInAs(username, "a-long-password-1");
    long ebook =
        StackDatabase.number(
            "SELECT v.product_id FROM product_variant v JOIN tenant t ON t.id = v.tenant_id"
                + " WHERE t.slug = '"
                + STORE
                + "' AND v.sku = 'BK-E400'");
    // The button's pop-up set the wallet as the way to pay; back to the tab.
    WalletPage.open(browser, baseUrl, STORE).payWith("tab");
    browser.get(baseUrl + "/s/" + STORE + "/p/" + ebook);
    // The product page may come from the shared cache: each load takes its own one-time key.
    String firstKey = formKey();
    browser.navigate().refresh();
    assertThat(formKey()).matches("[0-9a-f]{32}").isNotEqualTo(firstKey);
    WebElement buy =
        new WebDriverWait(browser, Duration.ofSeconds(15))
            .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
            .until(
                d -> d.findElement(By.cssSelector("[data-testid='buy-now'][data-sku='BK-E400']")));
    buy.click();
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d ->
                !d.findElements(
                            By.cssSelector(
                                "[data-testid='micro-notice'], [data-testid='micro-problem']"))
                        .isEmpty()
                    || !d.findElements(By.id("not-found")).isEmpty()
                    || d.getTitle().contains("rror"));
    assertThat(browser.findElement(By.tagName("body")).getText())
        .as(browser.getCurrentUrl())
        .contains("Bought: it is in your purchases");
    WalletPage after = WalletPage.open(browser, baseUrl, STORE);
    assertThat(after.tabProgress())
        .as("the voided line gone, the eBook on")
        .isEqualTo("4.99 of 5.00");
    assertThat(after.purchases()).anyMatch(p -> p.contains("EPUB"));
  }

  private String formKey() {
    return new WebDriverWait(browser, Duration.ofSeconds(15))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d -> {
              String value =
                  d.findElement(By.cssSelector("#buy-now-form input[name='key']"))
                      .getAttribute("value");
              return value.matches("[0-9a-f]{32}") ? value : null;
            });
  }

  /** The owner moves Penny's clock forward on the dashboard (the sandbox is on in tests). */
  private void moveTheSandboxClock(String hours) {
    AdminDashboardPage.open(browser, baseUrl, STORE);
    WebElement field = browser.findElement(By.id("sandbox-clock-hours"));
    field.clear();
    field.sendKeys(hours);
    browser.findElement(By.id("sandbox-clock-advance")).click();
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> d.getPageSource().contains("(" + hours + " hours ahead)"));
  }

  /** The x402 exchange by x402's own client library: challenge, signed retry, receipt, replay. */
  private void paysTheChallengeOverHttp(String secret, long contentId) throws Exception {
    String path = "/api/v1/stores/" + STORE + "/content/" + contentId;
    Http.Response challenge = Http.get(path);
    assertThat(challenge.status()).isEqualTo(402);
    assertThat(challenge.contentType()).startsWith("application/problem+json");
    assertThat(challenge.json().getString("code")).isEqualTo("payment_required");
    assertThat(challenge.header("WWW-Authenticate")).startsWith("Payment ");
    assertThat(challenge.header("crawler-price")).startsWith("USD ");
    JsonObject required = decode(challenge.header("PAYMENT-REQUIRED"));
    assertThat(required.getInt("x402Version")).isEqualTo(2);
    JsonObject accepted = required.getJsonArray("accepts").getJsonObject(0);
    assertThat(accepted.getString("network")).isEqualTo("penny:" + STORE);
    assertThat(accepted.getString("asset")).isEqualTo("USD");

    String paymentId = "pay-" + UUID.randomUUID();
    Map<String, String> headers =
        Map.of(
            "PAYMENT-SIGNATURE",
            X402Client.paymentSignature(required, accepted, accepted, paymentId, secret));
    long transfersBefore = StackDatabase.number("SELECT COUNT(*) FROM ledger_transfer");

    // HEAD never pays, whichever way the payment is sent: it reads as the request without it.
    for (Map<String, String> paying :
        List.of(
            headers,
            Map.of("Authorization", "Bearer " + secret, "crawler-max-price", "USD 100.00"),
            Map.of("Authorization", "Bearer " + secret, "crawler-exact-price", "USD 0.25"))) {
      assertThat(Http.send("HEAD", path, paying, null).status()).as("HEAD").isEqualTo(402);
    }
    assertThat(StackDatabase.number("SELECT COUNT(*) FROM ledger_transfer"))
        .as("nothing moved on HEAD")
        .isEqualTo(transfersBefore);

    // x402's own client (@x402/fetch, Penny's scheme registered for "penny:*") pays.
    JsonObject paid = ReferenceClients.x402(path, secret);
    assertThat(paid.getInt("status")).as(paid.toString()).isEqualTo(200);
    assertThat(paid.getString("body")).contains("Reading Weekly");
    JsonObject receipt = paid.getJsonObject("paymentResponse");
    assertThat(receipt.getBoolean("success")).isTrue();
    assertThat(receipt.getString("transaction")).startsWith("mp_");
    assertThat(receipt.getString("amount")).isEqualTo("100000");
    assertThat(StackDatabase.number("SELECT COUNT(*) FROM ledger_transfer"))
        .isEqualTo(transfersBefore + 1);

    Map<String, String> sent = Map.of("PAYMENT-SIGNATURE", paid.getString("paymentSignature"));
    Http.Response replay = Http.send("GET", path, sent, null);
    assertThat(replay.status()).isEqualTo(200);
    assertThat(decode(replay.header("PAYMENT-RESPONSE")).getString("transaction"))
        .isEqualTo(receipt.getString("transaction"));
    assertThat(StackDatabase.number("SELECT COUNT(*) FROM ledger_transfer"))
        .as("a replayed payment id moves nothing")
        .isEqualTo(transfersBefore + 1);

    JsonObject given = paid.getJsonObject("paymentRequired");
    JsonObject givenAccepted = given.getJsonArray("accepts").getJsonObject(0);
    Http.Response otherId =
        Http.send(
            "GET",
            path,
            Map.of(
                "PAYMENT-SIGNATURE",
                X402Client.paymentSignature(
                    given, givenAccepted, givenAccepted, "pay-" + UUID.randomUUID(), secret)),
            null);
    assertThat(otherId.status()).as("the nonce is single use").isEqualTo(402);
    assertThat(otherId.json().getString("code")).isEqualTo("payment_nonce_replayed");
    assertThat(decode(otherId.header("PAYMENT-REQUIRED")).getJsonArray("accepts"))
        .as("with a fresh challenge to pay")
        .hasSize(1);

    Http.Response held = Http.send("GET", path, Map.of("Authorization", "Bearer " + secret), null);
    assertThat(held.status()).as("the entitlement holds").isEqualTo(200);
    Http.Response heldByCrawler =
        Http.send(
            "GET",
            path,
            Map.of("Authorization", "Bearer " + secret, "crawler-max-price", "USD 0.01"),
            null);
    assertThat(heldByCrawler.status()).as("a holder reads whatever price it states").isEqualTo(200);
    assertThat(heldByCrawler.header("crawler-charged")).isEmpty();
    assertThat(Http.get(path).status()).as("but not for anyone else").isEqualTo(402);

    // A payment answered with the unlock held already charges nothing, and its id is bound to that
    // answer all the same: sent again it answers the same, sent for another item it is a conflict
    // (it paid for that item before: nothing bound it).
    String heldId = "pay-" + UUID.randomUUID();
    Http.Response heldPaid = payFresh(path, heldId, secret);
    assertThat(heldPaid.status()).isEqualTo(200);
    JsonObject heldPaidReceipt = decode(heldPaid.header("PAYMENT-RESPONSE"));
    assertThat(heldPaidReceipt.getString("amount")).isEqualTo("0");
    assertThat(heldPaidReceipt.getString("transaction"))
        .isEqualTo(receipt.getString("transaction"));
    long boundBefore = StackDatabase.number("SELECT COUNT(*) FROM ledger_transfer");
    String otherItem =
        "/api/v1/stores/" + STORE + "/content/" + contentId("an-interview-with-a-bookbinder");
    Http.Response reused = payFresh(otherItem, heldId, secret);
    assertThat(reused.status()).as("a held answer's payment id, for another item").isEqualTo(409);
    assertThat(reused.json().getString("code")).isEqualTo("idempotency_conflict");
    assertThat(StackDatabase.number("SELECT COUNT(*) FROM ledger_transfer"))
        .as("nothing moved")
        .isEqualTo(boundBefore);
    Http.Response heldAgain = payFresh(path, heldId, secret);
    assertThat(heldAgain.status()).isEqualTo(200);
    assertThat(decode(heldAgain.header("PAYMENT-RESPONSE")).getString("transaction"))
        .isEqualTo(receipt.getString("transaction"));

    // The IETF "Payment" scheme at the article's own address: its challenge, answered with a
    // credential alone (no Accept header: the credential says a machine asks), is read and its
    // signature checked (the item is held, so nothing more is charged); a forged one is refused
    // with a fresh challenge.
    String article = "/s/" + STORE + "/a/" + contentId;
    Http.Response ietf = Http.send("GET", article, Map.of("Accept", "application/json"), null);
    assertThat(ietf.status()).isEqualTo(402);
    Http.Response credential = payWithCredential(article, ietf.header("WWW-Authenticate"), secret);
    assertThat(credential.status()).isEqualTo(200);
    assertThat(credential.contentType()).startsWith("application/json");
    assertThat(credential.json().getString("body")).isNotBlank();
    JsonObject heldReceipt = decode(credential.header("PAYMENT-RESPONSE"));
    assertThat(heldReceipt.getString("transaction"))
        .as("the unlock that holds it")
        .isEqualTo(receipt.getString("transaction"));
    assertThat(heldReceipt.getString("amount")).as("nothing charged now").isEqualTo("0");
    Http.Response forgedCredential =
        payWithCredential(
            article,
            Http.send("GET", article, Map.of("Accept", "application/json"), null)
                .header("WWW-Authenticate"),
            secret + "x");
    assertThat(forgedCredential.status()).isEqualTo(402);
    assertThat(forgedCredential.json().getString("code")).isEqualTo("payment_signature_invalid");
    assertThat(forgedCredential.header("WWW-Authenticate")).startsWith("Payment ");
    assertThat(StackDatabase.number("SELECT COUNT(*) FROM ledger_transfer"))
        .as("nothing more charged")
        .isEqualTo(transfersBefore + 1);

    // An API tip by the same key: replayed once with the same Idempotency-Key (nothing moves),
    // refused with another amount under it.
    String tips = "/api/v1/stores/" + STORE + "/tips";
    String key = "tip-" + UUID.randomUUID();
    Map<String, String> tipHeaders =
        Map.of(
            "Authorization",
            "Bearer " + secret,
            "Idempotency-Key",
            key,
            "Content-Type",
            "application/json");
    Http.Response tip = Http.send("POST", tips, tipHeaders, "{\"amount\":\"0.01\"}");
    assertThat(tip.status()).isEqualTo(201);
    Http.Response again = Http.send("POST", tips, tipHeaders, "{\"amount\":\"0.01\"}");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.json().getString("id")).isEqualTo(tip.json().getString("id"));
    Http.Response other = Http.send("POST", tips, tipHeaders, "{\"amount\":\"0.02\"}");
    assertThat(other.status()).isEqualTo(409);
    assertThat(other.json().getString("code")).isEqualTo("idempotency_conflict");

    // Another store's article is not this store's to sell.
    long coffee = X402Client.contentId("demo-coffee", "dialing-in-your-grinder");
    Http.Response foreign =
        Http.send(
            "POST",
            "/api/v1/stores/" + STORE + "/content/" + coffee + "/unlock",
            Map.of(
                "Authorization", "Bearer " + secret, "Idempotency-Key", "u-" + UUID.randomUUID()),
            null);
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.json().getString("code")).isEqualTo("content_not_found");
  }

  /**
   * The 24-hour pass bought over HTTP has ended (the clock moved 73 hours): an IETF credential
   * alone (made by mppx), at an address with the title's slug and a query (not the canonical one),
   * buys it again, charged once and answered with the new unlock's receipt.
   */
  private void buysAgainWhenThePassEnded(String secret, long contentId) throws Exception {
    String asked = "/s/" + STORE + "/a/" + contentId + "-this-weeks-picks?utm_source=feed";
    Http.Response challenge = Http.send("GET", asked, Map.of("Accept", "application/json"), null);
    assertThat(challenge.status()).as("the pass ended").isEqualTo(402);
    assertThat(
            decode(challenge.header("PAYMENT-REQUIRED")).getJsonObject("resource").getString("url"))
        .endsWith(asked);

    // The IETF scheme's own library (mppx) reads the challenge and sends the credential alone.
    JsonObject paid = ReferenceClients.ietf(asked, secret);
    assertThat(paid.getInt("status")).as(paid.toString()).isEqualTo(200);
    assertThat(paid.getJsonObject("challenge").getString("method")).isEqualTo("penny");
    assertThat(paid.getString("body")).contains("Salt and Lanterns");
    JsonObject receipt = paid.getJsonObject("paymentResponse");
    assertThat(receipt.getBoolean("success")).isTrue();
    assertThat(receipt.getString("amount")).as("0.10 in micro-units").isEqualTo("100000");
    assertThat(paid.getJsonObject("receipt").getString("status")).isEqualTo("success");
    assertThat(paid.getJsonObject("receipt").getString("reference"))
        .isEqualTo(receipt.getString("transaction"));
    long unlocks =
        StackDatabase.number(
            "SELECT COUNT(*) FROM micro_purchase WHERE item_id = "
                + contentId
                + " AND kind = 'UNLOCK' AND channel = 'HTTP402'");
    assertThat(unlocks).as("bought twice over HTTP: before and after the pass ended").isEqualTo(2);
    assertThat(Http.send("GET", asked, Map.of("Authorization", "Bearer " + secret), null).status())
        .as("the new pass holds")
        .isEqualTo(200);
  }

  /**
   * Answers the {@code WWW-Authenticate: Payment} challenge with a credential signed by {@code
   * secret}.
   */
  private static Http.Response payWithCredential(String path, String challenge, String secret) {
    return Http.send(
        "GET",
        path,
        Map.of(
            "Authorization",
            "Payment "
                + X402Client.paymentCredential(challenge, "pay-" + UUID.randomUUID(), secret)),
        null);
  }

  /** A plain page on another origin (127.0.0.1, another port) with the admin's snippet. */
  private void buysThroughTheButtonOnAnotherOrigin(long contentId) throws Exception {
    String snippet =
        "<iframe src=\""
            + baseUrl
            + "/s/"
            + STORE
            + "/embed/"
            + contentId
            + "\" data-penny-button style=\"border:0;width:100%;height:220px\"></iframe>"
            + "<script src=\""
            + baseUrl
            + "/resources/js/penny-button.js\" async></script>";
    HttpServer site =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    byte[] page =
        ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>A blog</title></head><body>"
                + "<h1 id=\"blog\">A blog elsewhere</h1>"
                + snippet
                + "</body></html>")
            .getBytes(StandardCharsets.UTF_8);
    site.createContext(
        "/",
        exchange -> {
          exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, page.length);
          exchange.getResponseBody().write(page);
          exchange.close();
        });
    site.start();
    try {
      browser.get("http://127.0.0.1:" + site.getAddress().getPort() + "/");
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      wait.until(d -> !d.findElements(By.cssSelector("iframe[data-penny-button]")).isEmpty());
      String blog = browser.getWindowHandle();
      browser.switchTo().frame(browser.findElement(By.cssSelector("iframe[data-penny-button]")));
      wait.until(
          d -> !d.findElements(By.cssSelector("[data-testid='embed-unlock-button']")).isEmpty());
      browser.findElement(By.cssSelector("[data-testid='embed-unlock-button']")).click();

      wait.until(d -> d.getWindowHandles().size() == 2);
      String popup =
          browser.getWindowHandles().stream()
              .filter(h -> !h.equals(blog))
              .findFirst()
              .orElseThrow();
      browser.switchTo().window(popup);
      wait.until(
          d -> !d.findElements(By.cssSelector("[data-testid='embed-connect-allow']")).isEmpty());
      assertThat(
              browser.findElement(By.cssSelector("[data-testid='embed-connect-site']")).getText())
          .as("the shopper is told which site the button is on")
          .isEqualTo("http://127.0.0.1:" + site.getAddress().getPort());
      browser.findElement(By.cssSelector("[data-testid='embed-connect-wallet']")).click();
      browser.findElement(By.cssSelector("[data-testid='embed-connect-allow']")).click();
      wait.until(d -> d.getWindowHandles().size() == 1);

      browser.switchTo().window(blog);
      browser.switchTo().frame(browser.findElement(By.cssSelector("iframe[data-penny-button]")));
      wait.until(
          d -> d.findElement(By.cssSelector("[data-testid='embed-read-link']")).isDisplayed());
      assertThat(browser.findElement(By.cssSelector("[data-testid='embed-status']")).getText())
          .contains("Unlocked");
      browser.switchTo().defaultContent();
    } finally {
      site.stop(0);
    }
    assertThat(
            StackDatabase.number(
                "SELECT COUNT(*) FROM micro_purchase WHERE channel = 'BUTTON' AND item_id = "
                    + contentId))
        .isEqualTo(1);
  }

  private static JsonObject decode(String base64) {
    return X402Client.decode(base64);
  }

  /** Pays {@code path}'s fresh challenge with x402 under {@code paymentId}. */
  private static Http.Response payFresh(String path, String paymentId, String secret) {
    JsonObject required = decode(Http.get(path).header("PAYMENT-REQUIRED"));
    JsonObject accepted = required.getJsonArray("accepts").getJsonObject(0);
    return Http.send(
        "GET",
        path,
        Map.of(
            "PAYMENT-SIGNATURE",
            X402Client.paymentSignature(required, accepted, accepted, paymentId, secret)),
        null);
  }

  private static long contentId(String slug) throws SQLException {
    return X402Client.contentId(STORE, slug);
  }
}
