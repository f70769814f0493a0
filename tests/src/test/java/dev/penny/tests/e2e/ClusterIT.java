package dev.penny.tests.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.tests.pages.AdminDashboardPage;
import dev.penny.tests.pages.AdminProductPage;
import dev.penny.tests.pages.AdminProductsPage;
import dev.penny.tests.pages.AdminStaffPage;
import dev.penny.tests.pages.Browser;
import dev.penny.tests.pages.KeycloakLoginPage;
import dev.penny.tests.pages.NotFoundPage;
import dev.penny.tests.pages.StoreHomePage;
import dev.penny.tests.stack.DemoVariants;
import dev.penny.tests.stack.PennyStack;
import dev.penny.tests.stack.SignedInHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
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

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private String first;
  private String second;

  @BeforeEach
  void servers() {
    List<String> servers = PennyStack.get().serverUrls();
    assertThat(servers).as("the test stack is a cluster of two servers").hasSize(2);
    first = servers.get(0);
    second = servers.get(1);
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
    String email = "cluster" + (System.nanoTime() % 1_000_000_000L) + "@example.com";
    AdminStaffPage invited = AdminStaffPage.open(browser, first, "demo-books").invite(email);
    String temporary = invited.temporaryPassword();

    WebDriver helper = Browser.start();
    try {
      helper.get(second + "/admin/demo-books/");
      new KeycloakLoginPage(helper)
          .signInFirstTime(email, temporary, "a-new-password-3", "Cy", "Cluster");
      assertThat(new AdminDashboardPage(helper).signedInAs()).isEqualTo(email + " (staff)");

      AdminStaffPage removed = AdminStaffPage.open(browser, first, "demo-books").remove(email);
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
