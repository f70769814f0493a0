package dev.penny.tests.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.tests.pages.AdminApiKeysPage;
import dev.penny.tests.pages.AdminProductPage;
import dev.penny.tests.pages.AdminProductsPage;
import dev.penny.tests.pages.AdminStaffPage;
import dev.penny.tests.pages.Browser;
import dev.penny.tests.pages.ContentItemPage;
import dev.penny.tests.pages.JoinStorePage;
import dev.penny.tests.pages.KeycloakLoginPage;
import dev.penny.tests.pages.NotFoundPage;
import dev.penny.tests.pages.StoreHomePage;
import dev.penny.tests.pages.WalletPage;
import dev.penny.tests.stack.DemoVariants;
import dev.penny.tests.stack.PennyStack;
import dev.penny.tests.stack.SignedInHttp;
import dev.penny.tests.stack.StackDatabase;
import dev.penny.tests.stack.X402Client;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * The stack is a cluster: two Penny servers on one database behind the launcher's proxy (every
 * other suite runs through that proxy). Here each server is addressed directly, to show what one
 * server does is seen on the other at once, and that a shopper outlives the server they were on.
 */
class ClusterIT extends BrowserPerTest {

  /** How soon a change made on one server must show on the other (cache entries live 60 s). */
  private static final Duration ONE_SECOND = Duration.ofSeconds(1);

  private static final String STORE = "demo-books";
  private static final Pattern SECRET =
      Pattern.compile("data-testid=\"spending-key-secret\">(sks_[^<]+)<");

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private String first;
  private String second;

  /** A shopper with a saved card and an open tab, made once for the tests that need one. */
  private static TabShopper tabShopper;

  private record TabShopper(String username, String password, long tabAccount, String apiKey) {}

  @BeforeEach
  void servers() {
    List<String> servers = PennyStack.get().serverUrls();
    assertThat(servers).as("the test stack is a cluster of two servers").hasSize(2);
    first = servers.get(0);
    second = servers.get(1);
    // A test before may have killed the second server: the launcher starts it again.
    await(second, "/health/ready", body -> body.contains("\"servers\":2"), Duration.ofMinutes(4));
  }

  private TabShopper tabShopper() throws SQLException {
    if (tabShopper != null) {
      return tabShopper;
    }
    String username = "cluster" + UUID.randomUUID().toString().substring(0, 8);
    String password = "a-long-password-4";
    // Through the proxy, where people shop: the checkout zone's card page may be framed by the
    // store's public address only.
    StoreHomePage.open(browser, baseUrl, STORE)
        .signIn()
        .openRegistration()
        .register(username, username + "@example.com", "Clu", "Ster", password);
    StoreHomePage.open(browser, baseUrl, STORE)
        .openCategoryFromNavigation("fiction")
        .openProduct("The Quiet Orchard")
        .addToCart("BK-F100-HC", 1)
        .chooseShipping("Standard")
        .checkout()
        .email(username + "@example.com")
        .address("Clu Ster", "3 Penny Lane", "Liverpool", "L18 1DB", "GB")
        .placeOrder()
        .payAndSaveCard("5555 5555 5555 4444", "11/31", "321");
    WalletPage.open(browser, baseUrl, STORE).openTab().payWith("tab");
    long article = X402Client.contentId(STORE, "why-paper-still-wins");
    // 1.45 on the tab: above the card minimum (0.50), so that the tab is charged once it is due.
    ContentItemPage.open(browser, baseUrl, STORE, article).unlock().tip("1.20", "On the tab");
    long tab =
        StackDatabase.number(
            "SELECT account_id FROM tab WHERE shopper = (SELECT shopper FROM micro_purchase"
                + " WHERE funding = 'TAB' ORDER BY id DESC LIMIT 1)");
    freshBrowser();
    String apiKey = AdminApiKeysPage.newKey(STORE, "owner-books", "Cluster");
    tabShopper = new TabShopper(username, password, tab, apiKey);
    return tabShopper;
  }

  @Test
  void bothServersAreInOneClusterAndExactlyOneLeadsTheScheduledWork() {
    JsonObject a = cluster(first);
    JsonObject b = cluster(second);

    assertThat(a.getInt("servers")).isEqualTo(2);
    assertThat(b.getInt("servers")).isEqualTo(2);
    assertThat(a.getBoolean("alone")).isFalse();
    assertThat(List.of(a.getBoolean("leads"), b.getBoolean("leads")))
        .containsExactlyInAnyOrder(true, false);
  }

  @Test
  void aPriceChangedOnOneServerShowsOnTheOtherWithinASecond() {
    StoreHomePage.open(browser, first, "demo-books").signIn().signInAs("owner-books", "penny-demo");
    String sku = "CL-" + System.nanoTime();
    AdminProductPage product =
        AdminProductsPage.open(browser, first, "demo-books")
            .newProduct()
            .withName("Cluster Almanac " + sku)
            .withSummary("Printed on two servers")
            .withVariant(0, "Paperback", sku, "10.00", "5")
            .save();
    String id = product.idFromAddress();
    String api = "/api/v1/stores/demo-books/products/" + id;
    // The second server reads the product, and keeps it (its catalog cache lives 60 s).
    assertThat(price(get(second, api))).isEqualTo("10.00");
    assertThat(price(get(second, api))).isEqualTo("10.00");

    AdminProductPage changed =
        AdminProductPage.open(browser, first, "demo-books", Long.parseLong(id))
            .withVariant(0, "Paperback", sku, "12.50", "5")
            .save();
    long savedAt = System.nanoTime();
    assertThat(changed.variantPrice(0)).contains("12.50");

    Duration seenAfter = await(second, api, body -> price(body).equals("12.50"));
    System.out.println("ClusterIT: the new price showed on the other server after " + seenAfter);
    assertThat(Duration.ofNanos(System.nanoTime() - savedAt)).isLessThanOrEqualTo(ONE_SECOND);
  }

  @Test
  void aStaffMemberRemovedOnOneServerIsRefusedOnTheOtherAtOnce() {
    StoreHomePage.open(browser, first, "demo-books").signIn().signInAs("owner-books", "penny-demo");
    long n = System.nanoTime() % 1_000_000_000L;
    String email = "cluster" + n + "@example.com";
    String username = "cluster" + n;
    AdminStaffPage.open(browser, first, "demo-books").invite(email);

    WebDriver helper = Browser.start();
    try {
      helper.get(JoinStorePage.linkMailedTo(helper, second, email));
      new KeycloakLoginPage(helper)
          .openRegistration()
          .registerAndContinue(username, email, "Cy", "Cluster", "a-new-password-3");
      assertThat(new JoinStorePage(helper).accept().signedInAs()).isEqualTo(username + " (staff)");

      AdminStaffPage removed = AdminStaffPage.open(browser, first, "demo-books").remove(username);
      assertThat(removed.messages()).containsExactly("Removed from the staff.");

      // The second server had this member's memberships cached (30 s); it heard of the removal.
      assertThat(NotFoundPage.open(helper, second + "/admin/demo-books/").heading())
          .isEqualTo("Page not found");
    } finally {
      helper.quit();
    }
  }

  @Test
  void aShopperKeepsTheirSignInAndCartWhenTheirServerIsKilled() throws Exception {
    String cookies = SignedInHttp.sessionCookie(second, "shopper", "penny-demo");
    long variant = DemoVariants.id("demo-books", "BK-F100-HC");
    HttpResponse<String> added =
        send(
            second,
            "POST",
            "/s/demo-books/cart/add",
            Map.of("Cookie", cookies, "Content-Type", "application/x-www-form-urlencoded"),
            "variant=" + variant + "&quantity=1");
    assertThat(added.statusCode()).isEqualTo(303);
    String cart =
        added.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("penny_cart="))
            .map(c -> "; " + c.substring(0, c.indexOf(';')))
            .findFirst()
            .orElse("");
    JsonObject before = json(get(second, "/s/demo-books/session", cookies + cart));
    assertThat(before.getBoolean("signedIn")).isTrue();
    int count = before.getInt("cartCount");
    assertThat(count).isPositive();

    ProcessHandle server = secondServersProcess();
    server.destroyForcibly();
    server.onExit().get();

    // Straight to the first server, which never held this session...
    JsonObject after = json(get(first, "/s/demo-books/session", cookies + cart));
    assertThat(after.getBoolean("signedIn")).isTrue();
    assertThat(after.getString("name")).isEqualTo("shopper");
    assertThat(after.getInt("cartCount")).isEqualTo(count);
    assertThat(get(first, "/s/demo-books/account", cookies + cart)).contains("account-orders");
    // ...and through the proxy, whose choice for this session was the server just killed.
    String proxied = PennyStack.get().baseUrl();
    JsonObject viaProxy = json(get(proxied, "/s/demo-books/session", cookies + cart));
    assertThat(viaProxy.getBoolean("signedIn")).isTrue();
    assertThat(viaProxy.getInt("cartCount")).isEqualTo(count);

    // The launcher starts the killed server again, and it joins the cluster.
    await(second, "/health/ready", body -> body.contains("\"servers\":2"), Duration.ofMinutes(4));
    assertThat(cluster(first).getInt("servers")).isEqualTo(2);
  }

  @Test
  void theSandboxClockMovesOnEveryServerWhicheverMovesIt() throws Exception {
    String apiKey = AdminApiKeysPage.newKey(STORE, "owner-books", "Cluster clock");
    try {
      int hours = 3;
      for (String mover : List.of(first, second, first, second)) {
        hours += 2;
        long ahead =
            json(api(mover, apiKey, "POST", "/sandbox/clock", "{\"advance_hours\": 2}"))
                .getJsonNumber("offset_seconds")
                .longValue();
        long expected = (hours - 3) * 3600L;
        assertThat(ahead).as("moved on " + mover).isEqualTo(expected);
        for (String server : List.of(first, second)) {
          await(
              server,
              "/api/v1/stores/" + STORE + "/sandbox/clock",
              apiKey,
              body -> json(body).getJsonNumber("offset_seconds").longValue() == expected);
        }
      }
    } finally {
      api(first, apiKey, "DELETE", "/sandbox/clock", null);
      await(
          second,
          "/api/v1/stores/" + STORE + "/sandbox/clock",
          apiKey,
          body -> json(body).getJsonNumber("offset_seconds").longValue() == 0);
    }
  }

  /** Polls a server's API until the answer shows what is awaited (5 s at most). */
  private static void await(String server, String path, String apiKey, Predicate<String> seen)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    String body = "";
    while (System.nanoTime() < deadline) {
      body = send(server, "GET", path, Map.of("Authorization", "Bearer " + apiKey), null).body();
      if (seen.test(body)) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError(server + path + " still answers " + body);
  }

  @Test
  void aSettlementStartedOnBothServersAtOnceChargesTheDueTabOnce() throws Exception {
    TabShopper shopper = tabShopper();
    // Moved on the first server; the second moves with it (a cluster-wide event).
    assertThat(api(first, shopper.apiKey(), "POST", "/sandbox/clock", "{\"advance_hours\": 73}"))
        .contains("\"now\"");
    try {
      ExecutorService both = Executors.newFixedThreadPool(2);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<String>> runs = new ArrayList<>();
      for (String server : List.of(first, second)) {
        runs.add(
            both.submit(
                () -> {
                  go.await();
                  return api(server, shopper.apiKey(), "POST", "/sandbox/settlement-runs", null);
                }));
      }
      go.countDown();
      for (Future<String> run : runs) {
        String id = json(run.get()).getString("id").substring("run_".length());
        awaitRunEnd(Long.parseLong(id));
      }
      both.shutdown();

      long tab = shopper.tabAccount();
      assertThat(
              StackDatabase.number(
                  "SELECT COUNT(*) FROM tab_charge WHERE tab_account = "
                      + tab
                      + " AND status = 'SUCCEEDED'"))
          .as("the tab's one due cycle, charged once")
          .isEqualTo(1);
      assertThat(
              StackDatabase.number(
                  "SELECT COUNT(*) FROM tab_charge WHERE tab_account = "
                      + tab
                      + " AND status <> 'SUCCEEDED'"))
          .isZero();
      // The sandbox acquirer's own records: one approved capture for this tab.
      assertThat(
              StackDatabase.number(
                  "SELECT COUNT(*) FROM vault.sandbox_transaction t JOIN vault.payment p"
                      + " ON t.request_id = CONCAT(p.public_id, '-capture')"
                      + " WHERE t.outcome = 'APPROVED' AND p.store = 'penny'"
                      + " AND p.order_ref LIKE 'charge-tab-"
                      + tab
                      + "-c%'"))
          .isEqualTo(1);
    } finally {
      api(first, shopper.apiKey(), "DELETE", "/sandbox/clock", null);
    }
  }

  @Test
  void microChargesThroughBothServersLoseNoAcknowledgedChargeWhenOneIsKilled() throws Exception {
    TabShopper shopper = tabShopper();
    String cookies = SignedInHttp.sessionCookie(first, shopper.username(), shopper.password());
    HttpResponse<String> created =
        send(
            first,
            "POST",
            "/s/" + STORE + "/micro/key-create",
            Map.of("Cookie", cookies, "Content-Type", "application/x-www-form-urlencoded"),
            "label=Cluster+meter&cap=5.00&funding=tab&scope=this");
    assertThat(created.statusCode()).isEqualTo(303);
    Matcher secret = SECRET.matcher(get(first, "/s/" + STORE + "/wallet", cookies));
    assertThat(secret.find()).as("the new key's secret on the wallet page").isTrue();
    String key = secret.group(1);

    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicInteger refused = new AtomicInteger();
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService clients = Executors.newFixedThreadPool(4);
    for (int c = 0; c < 4; c++) {
      String server = c % 2 == 0 ? first : second;
      clients.submit(
          () -> {
            while (!stop.get()) {
              try {
                HttpResponse<String> charged =
                    send(
                        server,
                        "POST",
                        "/api/v1/stores/" + STORE + "/metered",
                        Map.of(
                            "Authorization",
                            "Bearer " + key,
                            "Idempotency-Key",
                            UUID.randomUUID().toString(),
                            "Content-Type",
                            "application/json"),
                        "{\"meter\":\"search\",\"amount\":\"0.000001\"}");
                if (charged.statusCode() == 201) {
                  acknowledged.add(json(charged.body()).getString("id"));
                } else {
                  refused.incrementAndGet();
                }
              } catch (RuntimeException serverGone) {
                refused.incrementAndGet();
              }
            }
          });
    }
    Thread.sleep(2_000);
    ProcessHandle server = secondServersProcess();
    server.destroyForcibly();
    server.onExit().get();
    Thread.sleep(2_000);
    stop.set(true);
    clients.shutdown();
    assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

    System.out.println(
        "ClusterIT: "
            + acknowledged.size()
            + " micro-charges acknowledged through both servers, "
            + refused.get()
            + " not (the killed server's)");
    assertThat(acknowledged).hasSizeGreaterThan(10);
    String ids =
        acknowledged.stream()
            .map(id -> id.substring("mp_".length()))
            .collect(Collectors.joining(","));
    assertThat(
            StackDatabase.number("SELECT COUNT(*) FROM ledger_transfer WHERE id IN (" + ids + ")"))
        .as("every acknowledged micro-charge is in the ledger")
        .isEqualTo(acknowledged.size());
    assertThat(
            StackDatabase.number(
                "SELECT COALESCE(SUM(ABS(s)), 0) FROM (SELECT SUM(balance_micros) s"
                    + " FROM ledger_account GROUP BY currency) x"))
        .as("every currency's ledger sums to zero")
        .isZero();
  }

  private static String api(String server, String apiKey, String method, String path, String body) {
    Map<String, String> headers =
        body == null
            ? Map.of("Authorization", "Bearer " + apiKey)
            : Map.of("Authorization", "Bearer " + apiKey, "Content-Type", "application/json");
    return send(server, method, "/api/v1/stores/" + STORE + path, headers, body).body();
  }

  /** The second server's JVM: the launcher started it with the peer switch. */
  private static ProcessHandle secondServersProcess() {
    return PennyStack.get()
        .process()
        .descendants()
        .filter(
            p ->
                p.info()
                    .commandLine()
                    .filter(c -> c.contains("penny.launcher.cluster-peer=true"))
                    .isPresent())
        .findFirst()
        .orElseThrow(() -> new AssertionError("No second server among the stack's processes"));
  }

  private static JsonObject cluster(String server) {
    JsonObject health = json(get(server, "/health/ready"));
    return health.getJsonArray("checks").stream()
        .map(JsonObject.class::cast)
        .filter(c -> c.getString("name").equals("cluster"))
        .findFirst()
        .orElseThrow()
        .getJsonObject("data");
  }

  private static String price(String productJson) {
    return json(productJson)
        .getJsonArray("variants")
        .getJsonObject(0)
        .getJsonObject("price")
        .getString("amount");
  }

  /** Waits until a settlement run has ended (on whichever server runs it). */
  private static void awaitRunEnd(long run) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      if (StackDatabase.number(
              "SELECT COUNT(*) FROM settlement_run WHERE id = " + run + " AND status <> 'RUNNING'")
          == 1) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("Settlement run " + run + " did not end");
  }

  private static Duration await(String server, String path, Predicate<String> seen) {
    return await(server, path, seen, Duration.ofSeconds(5));
  }

  /** Polls until the answer shows what is awaited; how long that took. */
  private static Duration await(
      String server, String path, Predicate<String> seen, Duration atMost) {
    long start = System.nanoTime();
    long deadline = start + atMost.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (seen.test(get(server, path))) {
          return Duration.ofNanos(System.nanoTime() - start);
        }
      } catch (UncheckedIOException notAnsweringYet) {
        // The server is starting.
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError(server + path + " did not show it within " + atMost);
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private static String get(String server, String path) {
    return send(server, "GET", path, Map.of(), null).body();
  }

  private static String get(String server, String path, String cookies) {
    return send(server, "GET", path, Map.of("Cookie", cookies), null).body();
  }

  private static HttpResponse<String> send(
      String server, String method, String path, Map<String, String> headers, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server + path))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
