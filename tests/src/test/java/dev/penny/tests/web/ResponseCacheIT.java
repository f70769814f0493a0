package dev.penny.tests.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.tests.stack.Http;
import dev.penny.tests.stack.Http.Response;
import dev.penny.tests.stack.HttpCheckout;
import jakarta.json.JsonObject;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Anonymous store pages are served from the response cache; nothing else is. */
class ResponseCacheIT {

  @Test
  void aRepeatedAnonymousPageIsAHitWithTheSameBody() {
    String path = "/s/demo-coffee/c/gear";
    Response first = Http.get(path);
    Response second = Http.get(path);
    assertThat(second.cache()).isEqualTo("hit");
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(second.contentType()).isEqualTo(first.contentType());
  }

  @Test
  void theSamePathUnderAnotherHostIsAnotherEntry() {
    Http.get("/s/demo-coffee/");
    Response byHost = Http.getWithHost("demo-coffee.localhost", "/");
    assertThat(byHost.status()).isEqualTo(200);
    assertThat(byHost.body())
        .contains("href=\"/c/beans\"")
        .doesNotContain("href=\"/s/demo-coffee/c/beans\"");
  }

  @Test
  void aSharedPageIsTheSameForASignedInShopperAndShowsNoOne() {
    String session = dev.penny.tests.stack.SignedInHttp.sessionCookie("shopper", "penny-demo");
    // Each server of the stack's cluster caches what it serves: the page is asked first where the
    // shopper's session lives (the proxy keeps a session on one server).
    Http.getWithCookie("/s/demo-books/c/science", session);

    Response signedIn = Http.getWithCookie("/s/demo-books/c/science", session);
    Response me = Http.getWithCookie("/s/demo-books/session", session);

    assertThat(signedIn.status()).isEqualTo(200);
    assertThat(signedIn.cache()).isEqualTo("hit");
    assertThat(signedIn.body()).doesNotContain("shopper").contains("id=\"sign-in\"");
    assertThat(me.header("Cache-Control")).isEqualTo("no-store");
    assertThat(me.json().getBoolean("signedIn")).isTrue();
    assertThat(me.json().getString("name")).isEqualTo("shopper");
    assertThat(Http.get("/s/demo-books/session").json().getBoolean("signedIn")).isFalse();
  }

  @Test
  void aPersonalPageIsRenderedForItsVisitorAndNeverStored() {
    String session = dev.penny.tests.stack.SignedInHttp.sessionCookie("shopper", "penny-demo");

    Response account = Http.getWithCookie("/s/demo-books/account", session);

    assertThat(account.cache()).isEmpty();
    assertThat(account.body()).contains("id=\"account-link\"");
  }

  @Test
  void anOrderShowsAtOnceInTheStockOfCachedPagesAndTheApi() {
    // The blue mug of demo-coffee, which no other test orders: 8 at the start.
    String sku = "CF-G300-B";
    JsonObject product =
        Http.get("/api/v1/stores/demo-coffee/products?limit=100")
            .json()
            .getJsonArray("data")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(p -> p.toString().contains("\"" + sku + "\""))
            .findFirst()
            .orElseThrow();
    String api = "/api/v1/stores/demo-coffee/products/" + product.getJsonNumber("id").longValue();
    String page = product.getString("url");
    int before = stock(Http.get(api), sku);
    int quantity = before > 3 ? before - 3 : 1;
    int after = before - quantity;
    Http.get(page);
    assertThat(Http.get(page).cache()).isEqualTo("hit");
    assertThat(Http.get(api).cache()).isEqualTo("hit");

    new HttpCheckout("demo-coffee").order(sku, quantity);

    // Each server of the cluster run empties its own caches: the other one hears of the order a
    // moment later, so the answer is asked for until it changes (at most a few seconds).
    assertThat(eventually(() -> stock(Http.get(api), sku), stock -> stock != before))
        .isEqualTo(after);
    String label = after == 0 ? "Sold out" : "Only " + after + " left";
    assertThat(eventually(() -> Http.get(page).body(), body -> body.contains(label + "</td>")))
        .contains("data-sku=\"" + sku + "\"")
        .contains(label + "</td>");
  }

  private static int stock(Response product, String sku) {
    assertThat(product.status()).isEqualTo(200);
    return product.json().getJsonArray("variants").getValuesAs(JsonObject.class).stream()
        .filter(v -> v.getString("sku").equals(sku))
        .findFirst()
        .orElseThrow()
        .getInt("stock");
  }

  private static <T> T eventually(Supplier<T> read, Predicate<T> done) {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    T value = read.get();
    while (!done.test(value) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      value = read.get();
    }
    return value;
  }

  @Test
  void errorsAndSearchesAreNotStored() {
    Http.get("/s/demo-books/p/999998");
    assertThat(Http.get("/s/demo-books/p/999998").cache()).isNotEqualTo("hit");
    Http.get("/api/v1/stores/demo-books/products?limit=0");
    assertThat(Http.get("/api/v1/stores/demo-books/products?limit=0").cache()).isNotEqualTo("hit");
    Http.get("/s/demo-books/search?q=salt");
    assertThat(Http.get("/s/demo-books/search?q=salt").cache()).isEmpty();
  }
}
