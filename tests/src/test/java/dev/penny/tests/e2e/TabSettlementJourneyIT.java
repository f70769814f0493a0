package dev.penny.tests.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.penny.tests.pages.AdminApiKeysPage;
import dev.penny.tests.pages.CartPage;
import dev.penny.tests.pages.ContentItemPage;
import dev.penny.tests.pages.SandboxMailPage;
import dev.penny.tests.pages.StoreHomePage;
import dev.penny.tests.pages.WalletPage;
import dev.penny.tests.stack.Http;
import dev.penny.tests.stack.X402Client;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A tab becomes a card charge and the store's settlement, end to end: a shopper unlocks an article
 * and tips on their tab; the sandbox clock moves 73 hours on and a settlement run (started through
 * the sandbox API, as a store's test suite would) charges the tab; the itemised receipt arrives in
 * the mailbox and the wallet page shows the charge; two days on, the next run settles the day, and
 * the merchant sees the settlement with what batching saved and gets its CSV, whose lines add up to
 * the payout.
 */
class TabSettlementJourneyIT extends BrowserPerTest {

  private static final String STORE = "demo-books";

  /** What the tab of this test sells for the store: an article (0.25) and a tip (1.20). */
  private static final BigDecimal TAB_SALES = new BigDecimal("1.45");

  @Test
  void aTabIsChargedReceiptedAndSettled() throws Exception {
    String apiKey = AdminApiKeysPage.newKey(STORE, "owner-books", "Settlement test");
    List<String[]> hooks = new CopyOnWriteArrayList<>();
    HttpServer receiver = receiver(hooks);
    Http.Response added =
        api(
            apiKey,
            "POST",
            "/webhook-endpoints",
            "{\"url\": \"http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks\"}");
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    String endpoint = added.json().getString("id");
    String secret = added.json().getString("secret");
    String username = "tabber" + UUID.randomUUID().toString().substring(0, 8);
    String email = username + "@example.com";
    StoreHomePage.open(browser, baseUrl, STORE)
        .signIn()
        .openRegistration()
        .register(username, email, "Tab", "Tester", "a-long-password-1");
    CartPage cart =
        StoreHomePage.open(browser, baseUrl, STORE)
            .openCategoryFromNavigation("fiction")
            .openProduct("The Quiet Orchard")
            .addToCart("BK-F100-HC", 1);
    cart.chooseShipping("Standard")
        .checkout()
        .email(email)
        .address("Tab Tester", "2 Penny Lane", "Liverpool", "L18 1DB", "GB")
        .placeOrder()
        .payAndSaveCard("5555 5555 5555 4444", "11/31", "321");
    WalletPage.open(browser, baseUrl, STORE).openTab().payWith("tab");
    long article = X402Client.contentId(STORE, "why-paper-still-wins");
    ContentItemPage.open(browser, baseUrl, STORE, article).unlock().tip("1.20", "On the tab");
    assertThat(WalletPage.open(browser, baseUrl, STORE).tabProgress()).isEqualTo("1.45 of 5.00");

    try {
      moveClock(apiKey, 73);
      JsonObject run = settle(apiKey);
      assertThat(run.getString("status")).isEqualTo("completed");

      String subject = "Your Penny tab: 1.45 USD charged to Mastercard •••• 4444";
      String receipt = SandboxMailPage.awaitSubject(browser, baseUrl, email, subject).body(subject);
      assertThat(receipt)
          .contains("Amount: 1.45 USD", "Mastercard •••• 4444", "Marginalia Books", "Tip  1.20")
          .contains("Why Paper Still Wins  0.25")
          .contains("tab agreement");
      WalletPage wallet = WalletPage.open(browser, baseUrl, STORE);
      assertThat(wallet.tabChargeStatuses()).first().isEqualTo("SUCCEEDED");
      assertThat(wallet.tabProgress()).isEqualTo("0.00 of 5.00");

      // The shopper closes the tab: nothing more goes on it, in this store or any other, until
      // they open it again with their consent.
      wallet = wallet.closeTab();
      assertThat(wallet.notice()).contains("closed");
      assertThat(wallet.showsClosedTab()).isTrue();
      assertThat(wallet.paysWith("wallet")).as("one-click purchases moved to the wallet").isTrue();
      WalletPage refused = wallet.payWith("tab");
      assertThat(refused.problemCode()).as("a closed tab cannot pay").isEqualTo("tab_closed");
      assertThat(refused.paysWith("wallet")).isTrue();
      wallet = WalletPage.open(browser, baseUrl, STORE).openTab();
      assertThat(wallet.showsClosedTab()).isFalse();
      assertThat(wallet.notice()).contains("Your tab is open");

      moveClock(apiKey, 48);
      settle(apiKey);
      JsonObject list = api(apiKey, "GET", "/settlements?limit=5", null).json();
      // Other tests on the same server charge tabs too (a charge of one line saves nothing), so
      // the settlement sought is one with this tab's 1.45 of sales and what batching saved it.
      JsonObject settlement =
          list.getJsonArray("data").getValuesAs(JsonObject.class).stream()
              .filter(s -> new BigDecimal(s.getString("tab_sales")).compareTo(TAB_SALES) >= 0)
              .filter(s -> new BigDecimal(s.getString("saved_by_batching")).signum() > 0)
              .findFirst()
              .orElseThrow(() -> new AssertionError("No settlement with the savings: " + list));

      freshBrowser();
      StoreHomePage.open(browser, baseUrl, STORE).signIn().signInAs("owner-books", "penny-demo");
      browser.get(baseUrl + "/admin/" + STORE + "/settlements");
      new WebDriverWait(browser, Duration.ofSeconds(15))
          .until(d -> !d.findElements(By.id("settlements-title")).isEmpty());
      WebElement settled =
          browser.findElement(
              By.cssSelector(
                  "[data-testid='settlement-row'][data-id='" + settlement.getString("id") + "']"));
      assertThat(settled.findElement(By.cssSelector("[data-testid='settlement-saved']")).getText())
          .startsWith("$");
      assertThat(
              settled
                  .findElement(By.cssSelector("[data-testid='settlement-csv']"))
                  .getAttribute("href"))
          .endsWith("/settlements/" + settlement.getString("id") + ".csv");

      String csv =
          api(apiKey, "GET", "/settlements/" + settlement.getString("id") + "/csv", null).body();
      BigDecimal sum = BigDecimal.ZERO;
      for (String line : csv.split("\n")) {
        if (line.startsWith("stl_") && !line.contains(",payout,")) {
          String[] cells = line.split(",");
          sum = sum.add(new BigDecimal(cells[cells.length - 2]));
        }
      }
      assertThat(sum).isEqualByComparingTo(new BigDecimal(settlement.getString("payout")));
      assertThat(csv).contains(",tab_sale,", ",card_fee,", ",platform_fee,");

      // The store heard of it all by webhook, signed with its endpoint's secret.
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .until(
              d ->
                  hooks.stream().anyMatch(h -> h[0].contains("\"settlement.created\""))
                      && hooks.stream().anyMatch(h -> h[0].contains("\"tab.charged\""))
                      && hooks.stream().anyMatch(h -> h[0].contains("\"order.paid\"")));
      for (String[] hook : hooks) {
        Http.Response check =
            Http.send(
                "POST",
                "/api/v1/stores/" + STORE + "/webhook-endpoints/" + endpoint + "/signature-check",
                Map.of(
                    "Authorization",
                    "Bearer " + apiKey,
                    "Content-Type",
                    "application/json",
                    "Penny-Signature",
                    hook[1]),
                hook[0]);
        assertThat(check.status()).as(check.body()).isEqualTo(200);
      }
      // A replay is known by its timestamp and signature, whatever is added to the header.
      String seen = hooks.get(0)[1];
      for (String altered :
          List.of(seen + ",x=1", seen + "," + seen.substring(seen.indexOf("v1=")), seen)) {
        Http.Response replay =
            Http.send(
                "POST",
                "/api/v1/stores/" + STORE + "/webhook-endpoints/" + endpoint + "/signature-check",
                Map.of(
                    "Authorization",
                    "Bearer " + apiKey,
                    "Content-Type",
                    "application/json",
                    "Penny-Signature",
                    altered),
                hooks.get(0)[0]);
        assertThat(replay.status()).as(altered).isEqualTo(400);
        assertThat(replay.json().getString("code")).isEqualTo("webhook_signature_invalid");
      }
      assertThat(secret).startsWith("whsec_");

      // The owner sends a test event from the admin and sees it delivered.
      browser.get(baseUrl + "/admin/" + STORE + "/webhooks");
      WebElement row =
          browser.findElement(
              By.cssSelector("[data-testid='webhook-endpoint-row'][data-id='" + endpoint + "']"));
      row.findElement(By.cssSelector("[data-testid='webhook-test']")).click();
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .pollingEvery(Duration.ofSeconds(1))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(
              d -> {
                d.get(baseUrl + "/admin/" + STORE + "/webhooks");
                return d.findElements(
                            By.cssSelector(
                                "[data-testid='webhook-delivery-row'][data-type='webhook.test']"
                                    + "[data-status='DELIVERED']"))
                        .size()
                    > 0;
              });

      // Removed meanwhile (here by the API), the endpoint's row on the open page is stale: its
      // button says so on the page, 404, instead of leaving the page.
      api(apiKey, "DELETE", "/webhook-endpoints/" + endpoint, null);
      browser
          .findElement(
              By.cssSelector(
                  "[data-testid='webhook-endpoint-row'][data-id='"
                      + endpoint
                      + "']"
                      + " [data-testid='webhook-test']"))
          .click();
      new WebDriverWait(browser, Duration.ofSeconds(15))
          .until(d -> !d.findElements(By.cssSelector(".admin-messages li")).isEmpty());
      assertThat(
              browser.findElements(By.cssSelector(".admin-messages li")).stream()
                  .map(WebElement::getText))
          .containsExactly("That endpoint is removed already (or is not one of this store's).");
      assertThat(
              browser.findElements(
                  By.cssSelector(
                      "[data-testid='webhook-endpoint-row'][data-id='" + endpoint + "']")))
          .isEmpty();
    } finally {
      api(apiKey, "DELETE", "/sandbox/clock", null);
      api(apiKey, "DELETE", "/webhook-endpoints/" + endpoint, null);
      receiver.stop(0);
    }
  }

  private static HttpServer receiver(List<String[]> hooks) throws java.io.IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/hooks",
        exchange -> {
          hooks.add(
              new String[] {
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                exchange.getRequestHeaders().getFirst("Penny-Signature")
              });
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    server.start();
    return server;
  }

  private void moveClock(String apiKey, int hours) {
    assertThat(api(apiKey, "POST", "/sandbox/clock", "{\"advance_hours\": " + hours + "}").status())
        .isEqualTo(200);
  }

  /** Starts a settlement run and waits until it has finished; the run as it ended. */
  private JsonObject settle(String apiKey) throws InterruptedException {
    Http.Response started = api(apiKey, "POST", "/sandbox/settlement-runs", null);
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String id = started.json().getString("id");
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      JsonObject latest = api(apiKey, "GET", "/sandbox/settlement-runs/latest", null).json();
      if (latest.getString("id").equals(id) && !latest.getString("status").equals("running")) {
        return latest;
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
