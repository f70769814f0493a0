package dev.penny.tests.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.tests.pages.AdminApiKeysPage;
import dev.penny.tests.pages.Browser;
import dev.penny.tests.pages.PlatformAdminPage;
import dev.penny.tests.pages.StoreHomePage;
import dev.penny.tests.stack.Http;
import dev.penny.tests.stack.PennyStack;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.openqa.selenium.WebDriver;

/**
 * API keys end to end: owners create and revoke them in the admin (Selenium), programs use them
 * (plain HTTP). A key works for its own store only, never after it is revoked, and not while its
 * store is suspended.
 */
class ApiKeysIT {

  private static WebDriver browser;
  private static String baseUrl;
  private static String booksKey;
  private static String revokedBooksKey;
  private static String coffeeKey;

  @BeforeAll
  static void createKeysInTheAdmin() {
    baseUrl = PennyStack.get().baseUrl();
    browser = Browser.start();
    StoreHomePage.open(browser, baseUrl, "demo-books")
        .signIn()
        .signInAs("owner-books", "penny-demo");
    AdminApiKeysPage page = AdminApiKeysPage.open(browser, baseUrl, "demo-books");
    String live = "Inventory sync " + System.nanoTime();
    AdminApiKeysPage created = page.create(live);
    booksKey = created.shownSecret();
    assertThat(created.state(live)).isEqualTo("active");
    assertThat(AdminApiKeysPage.open(browser, baseUrl, "demo-books").showsASecret())
        .as("the secret is shown once")
        .isFalse();
    String old = "Old integration " + System.nanoTime();
    revokedBooksKey =
        AdminApiKeysPage.open(browser, baseUrl, "demo-books").create(old).shownSecret();
    AdminApiKeysPage revoked = AdminApiKeysPage.open(browser, baseUrl, "demo-books").revoke(old);
    assertThat(revoked.state(old)).isEqualTo("revoked");

    browser.quit();
    browser = Browser.start();
    StoreHomePage.open(browser, baseUrl, "demo-coffee")
        .signIn()
        .signInAs("owner-coffee", "penny-demo");
    coffeeKey =
        AdminApiKeysPage.open(browser, baseUrl, "demo-coffee")
            .create("Coffee sync " + System.nanoTime())
            .shownSecret();
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static Http.Response createProduct(String store, String key, String sku) {
    Map<String, String> headers =
        key == null
            ? Map.of("Content-Type", "application/json")
            : Map.of("Content-Type", "application/json", "Authorization", "Bearer " + key);
    String body =
        """
        {"name": "Sync %s", "summary": "From the API", "kind": "physical",
         "variants": [{"sku": "%s", "name": "Standard", "price": "4.25", "stock": 7}]}
        """
            .formatted(sku, sku);
    return Http.send("POST", "/api/v1/stores/" + store + "/products", headers, body);
  }

  @Test
  void aValidKeyCreatesAProductInItsStore() {
    String sku = "API-" + System.nanoTime();
    Http.Response created = createProduct("demo-books", booksKey, sku);
    assertThat(created.status()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    assertThat(created.json().getJsonArray("variants").getJsonObject(0).getString("sku"))
        .isEqualTo(sku);
    var read = Http.get("/api/v1/stores/demo-books/products/" + id);
    assertThat(read.status()).isEqualTo(200);
    assertThat(
            read.json()
                .getJsonArray("variants")
                .getJsonObject(0)
                .getJsonObject("price")
                .getString("amount"))
        .isEqualTo("4.25");
    assertThat(Http.get("/api/v1/stores/demo-coffee/products/" + id).status())
        .as("the new product is the key's store's only")
        .isEqualTo(404);
  }

  /** SKUs are compared as the database's unique key compares them: case and accents aside. */
  @Test
  void twoSkusTheDatabaseHoldsEqualAreRefusedNotAServerError() {
    String sku = "cafe-" + System.nanoTime();
    String body =
        """
        {"name": "Accents %s", "kind": "physical",
         "variants": [{"sku": "%s", "name": "A", "price": "1.00", "stock": 1},
                      {"sku": "%s", "name": "B", "price": "1.00", "stock": 1}]}
        """
            .formatted(sku, sku, sku.toUpperCase(java.util.Locale.ROOT).replace("CAFE", "CAFÉ"));
    Http.Response refused =
        Http.send(
            "POST",
            "/api/v1/stores/demo-books/products",
            Map.of("Content-Type", "application/json", "Authorization", "Bearer " + booksKey),
            body);
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("appears twice");
  }

  /** A price a cart could not sum (50 lines of 99) is refused when the product is saved. */
  @Test
  void aPriceBeyondWhatACartCanSumIsRefused() {
    Http.Response refused =
        Http.send(
            "POST",
            "/api/v1/stores/demo-books/products",
            Map.of("Content-Type", "application/json", "Authorization", "Bearer " + booksKey),
            """
            {"name": "Too dear", "kind": "physical",
             "variants": [{"sku": "DEAR-%d", "name": "A", "price": "9223372036854.775807",
                           "stock": 1}]}
            """
                .formatted(System.nanoTime()));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("at most 1000000.00");
  }

  @Test
  void aValidKeyArchivesAProduct() {
    Http.Response created = createProduct("demo-books", booksKey, "DEL-" + System.nanoTime());
    long id = created.json().getJsonNumber("id").longValue();
    var archived =
        Http.send(
            "DELETE",
            "/api/v1/stores/demo-books/products/" + id,
            Map.of("Authorization", "Bearer " + booksKey),
            null);
    assertThat(archived.status()).isEqualTo(204);
    assertThat(Http.get("/api/v1/stores/demo-books/products/" + id).status()).isEqualTo(404);
  }

  @Test
  void aRevokedKeyIsRefused() {
    Http.Response refused =
        createProduct("demo-books", revokedBooksKey, "REV-" + System.nanoTime());
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.json().getString("code")).isEqualTo("api_key_revoked");
  }

  @Test
  void anotherStoresKeyIsRefusedAndNothingIsCreated() {
    String sku = "CROSS-" + System.nanoTime();
    Http.Response refused = createProduct("demo-books", coffeeKey, sku);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().getString("code")).isEqualTo("api_key_other_store");
    var reads =
        Http.send(
            "GET",
            "/api/v1/stores/demo-books/products?limit=1",
            Map.of("Authorization", "Bearer " + coffeeKey),
            null);
    assertThat(reads.status()).as("also for reads").isEqualTo(403);
    assertThat(Http.get("/api/v1/stores/demo-books/products?limit=100").body()).doesNotContain(sku);
  }

  @Test
  void aMissingOrMalformedKeyIsRefused() {
    Http.Response missing = createProduct("demo-books", null, "NOKEY-" + System.nanoTime());
    assertThat(missing.status()).isEqualTo(401);
    assertThat(missing.json().getString("code")).isEqualTo("api_key_required");

    Http.Response malformed = createProduct("demo-books", "not-a-key", "BAD-" + System.nanoTime());
    assertThat(malformed.status()).isEqualTo(401);
    assertThat(malformed.json().getString("code")).isEqualTo("invalid_api_key");
    assertThat(malformed.contentType()).startsWith("application/problem+json");

    String forged = booksKey.substring(0, booksKey.length() - 4) + "AAAA";
    Http.Response wrongSecret = createProduct("demo-books", forged, "FORGED-" + System.nanoTime());
    assertThat(wrongSecret.status()).isEqualTo(401);
  }

  @Test
  void everyRefusalOfAKeySaysHowToAuthenticate() {
    Http.Response missing = createProduct("demo-books", null, "NOKEY-" + System.nanoTime());
    assertThat(missing.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"penny\"");
    Http.Response orders = Http.get("/api/v1/stores/demo-books/orders");
    assertThat(orders.status()).isEqualTo(401);
    assertThat(orders.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"penny\"");
  }

  @Test
  void aBodyWhoseTypeIsNotSaidOrThatIsNoUtf8IsRefusedAndChangesNothing() {
    String sku = "TYPE-" + System.nanoTime();
    String body =
        """
        {"name": "Café %s", "summary": "From the API", "kind": "physical",
         "variants": [{"sku": "%s", "name": "Standard", "price": "4.25", "stock": 7}]}
        """
            .formatted(sku, sku);
    String products = "/api/v1/stores/demo-books/products";
    Http.Response untyped =
        Http.send("POST", products, Map.of("Authorization", "Bearer " + booksKey), body);
    assertThat(untyped.status()).isEqualTo(415);
    assertThat(untyped.json().getString("code")).isEqualTo("unsupported_media_type");
    Http.Response latin1 =
        Http.sendBytes(
            "POST",
            products,
            Map.of("Content-Type", "application/json", "Authorization", "Bearer " + booksKey),
            body.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    assertThat(latin1.status()).isEqualTo(400);
    assertThat(latin1.json().getString("code")).isEqualTo("malformed_json");
    assertThat(latin1.json().getString("detail")).contains("UTF-8");
    assertThat(Http.get(products + "?limit=100").body()).doesNotContain(sku);

    Http.Response noSuchPurchase =
        Http.send(
            "GET",
            "/api/v1/stores/demo-books/micro-charges/mp_999999999/refunds",
            Map.of("Authorization", "Bearer " + booksKey),
            null);
    assertThat(noSuchPurchase.status()).isEqualTo(404);
    assertThat(noSuchPurchase.json().getString("code")).isEqualTo("purchase_not_found");
  }

  @Test
  void badProductJsonIsRefusedWithTheReasons() {
    Map<String, String> headers =
        Map.of("Content-Type", "application/json", "Authorization", "Bearer " + booksKey);
    var negative =
        Http.send(
            "POST",
            "/api/v1/stores/demo-books/products",
            headers,
            "{\"name\":\"X\",\"variants\":[{\"sku\":\"N-1\",\"price\":\"-1\",\"stock\":1}]}");
    assertThat(negative.status()).isEqualTo(400);
    assertThat(negative.json().getString("code")).isEqualTo("invalid_product");
    assertThat(negative.json().getString("detail")).contains("cannot be negative");

    var nul =
        Http.send(
            "POST",
            "/api/v1/stores/demo-books/products",
            headers,
            "{\"name\":\"Nul\\u0000name\",\"variants\":[{\"sku\":\"NUL-1\",\"price\":\"1.00\","
                + "\"stock\":1}]}");
    assertThat(nul.status()).isEqualTo(400);
    assertThat(nul.json().getString("code")).isEqualTo("invalid_product");
    assertThat(nul.json().getString("detail")).contains("control character");

    var unknownField =
        Http.send(
            "POST",
            "/api/v1/stores/demo-books/products",
            headers,
            "{\"name\":\"X\",\"tenant_id\":2,\"variants\":[]}");
    assertThat(unknownField.status()).isEqualTo(400);
    assertThat(unknownField.json().getString("code")).isEqualTo("unknown_field");

    var notJson = Http.send("POST", "/api/v1/stores/demo-books/products", headers, "{not json");
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(notJson.json().getString("code")).isEqualTo("malformed_json");
  }

  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> wrongTypes() {
    String variant = "{\"sku\":\"T-1\",\"price\":\"1.00\",\"stock\":1}";
    return java.util.stream.Stream.of(
        org.junit.jupiter.params.provider.Arguments.of(
            "{\"name\":42,\"variants\":[" + variant + "]}", "'name' must be a string"),
        org.junit.jupiter.params.provider.Arguments.of(
            "{\"name\":[\"X\"],\"variants\":[]}", "'name' must be a string"),
        org.junit.jupiter.params.provider.Arguments.of(
            "{\"name\":\"X\",\"variants\":[" + variant.replace("\"1.00\"", "1.00") + "]}",
            "'variants[0].price' must be a string"),
        org.junit.jupiter.params.provider.Arguments.of(
            "{\"name\":\"X\",\"variants\":[" + variant.replace(":1}", ":\"1\"}") + "]}",
            "'variants[0].stock' must be a whole number"),
        org.junit.jupiter.params.provider.Arguments.of(
            "{\"name\":\"X\",\"variants\":[" + variant.replace(":1}", ":1.5}") + "]}",
            "'variants[0].stock' must be a whole number"),
        org.junit.jupiter.params.provider.Arguments.of(
            "{\"name\":\"X\",\"variants\":[" + variant.replace("\"T-1\"", "7") + "]}",
            "'variants[0].sku' must be a string"),
        org.junit.jupiter.params.provider.Arguments.of(
            "{\"name\":\"X\",\"category_id\":\"3\",\"variants\":[]}",
            "'category_id' must be a whole number"),
        org.junit.jupiter.params.provider.Arguments.of(
            "{\"name\":\"X\",\"featured\":\"yes\",\"variants\":[]}",
            "'featured' must be true or false"));
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("wrongTypes")
  void fieldsOfTheWrongTypeAreRefusedByName(String body, String reason) {
    Map<String, String> headers =
        Map.of("Content-Type", "application/json", "Authorization", "Bearer " + booksKey);
    int before =
        Http.get("/api/v1/stores/demo-books/products?limit=100").json().getJsonArray("data").size();

    var refused = Http.send("POST", "/api/v1/stores/demo-books/products", headers, body);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().getString("detail")).contains(reason);
    assertThat(
            Http.get("/api/v1/stores/demo-books/products?limit=100")
                .json()
                .getJsonArray("data")
                .size())
        .isEqualTo(before);
  }

  @Test
  void bodiesThatAreNotOneBoundedJsonObjectAreRefusedAndChangeNothing() {
    Map<String, String> headers =
        Map.of("Content-Type", "application/json", "Authorization", "Bearer " + booksKey);
    int before =
        Http.get("/api/v1/stores/demo-books/products?limit=100").json().getJsonArray("data").size();
    String deep = "[".repeat(5_000) + "]".repeat(5_000);
    String deepObject = "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000);
    for (String body :
        new String[] {
          "[]",
          "null",
          "123",
          "\"text\"",
          "true",
          "",
          "{}{}",
          "{\"name\":\"X\"} trailing",
          deep,
          deepObject,
          // Numbers no reader holds, or that cost seconds to turn into an integer.
          "{\"name\":1e9999999999}",
          "{\"name\":1e999999}",
          "{\"name\":" + "1".repeat(1_200) + "}",
          // A member named twice: which value counts differs between readers.
          "{\"name\":\"A\",\"sku\":\"DUP-1\",\"price\":\"1.00\",\"price\":\"0.01\"}"
        }) {
      var refused = Http.send("POST", "/api/v1/stores/demo-books/products", headers, body);
      assertThat(refused.status())
          .as(body.length() > 40 ? body.substring(0, 40) : body)
          .isEqualTo(400);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.json().getString("code")).isEqualTo("malformed_json");
    }
    var tooLarge =
        Http.send(
            "POST",
            "/api/v1/stores/demo-books/products",
            headers,
            "{\"name\":\"" + "x".repeat(1_100_000) + "\"}");
    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(tooLarge.json().getString("code")).isEqualTo("payload_too_large");
    int after =
        Http.get("/api/v1/stores/demo-books/products?limit=100").json().getJsonArray("data").size();
    assertThat(after).isEqualTo(before);
  }

  @Test
  void aSuspendedStoresKeysStopWorking() {
    WebDriver operator = Browser.start();
    try {
      StoreHomePage.open(operator, baseUrl, "demo-books")
          .signIn()
          .signInAs("platform-admin", "penny-demo");
      PlatformAdminPage.open(operator, baseUrl).suspend("demo-coffee");
      try {
        Http.Response refused = createProduct("demo-coffee", coffeeKey, "SUS-" + System.nanoTime());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().getString("code")).isEqualTo("store_suspended");
      } finally {
        PlatformAdminPage.open(operator, baseUrl).resumeIfSuspended("demo-coffee");
      }
      assertThat(createProduct("demo-coffee", coffeeKey, "BACK-" + System.nanoTime()).status())
          .as("works again once resumed")
          .isEqualTo(201);
    } finally {
      operator.quit();
    }
  }
}
