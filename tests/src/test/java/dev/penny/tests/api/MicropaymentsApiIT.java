package dev.penny.tests.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.tests.pages.AdminApiKeysPage;
import dev.penny.tests.stack.Http;
import dev.penny.tests.stack.Http.Response;
import dev.penny.tests.stack.PennyStack;
import dev.penny.tests.stack.SignedInHttp;
import dev.penny.tests.stack.StackDatabase;
import dev.penny.tests.stack.X402Client;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The micropayments API refuses every kind of bad request with a stable problem code and moves no
 * money: amounts that are not amounts, another currency, missing, unknown, revoked or foreign keys,
 * a forged or replayed 402 payment, an empty wallet, a tab never opened, a purchase that cannot be
 * voided; the store's list pages by cursor; the sandbox clock moves and resets.
 */
class MicropaymentsApiIT {

  private static final String STORE = "/api/v1/stores/demo-books";
  private static final Pattern SECRET =
      Pattern.compile("data-testid=\"spending-key-secret\">(sks_[^<]+)<");

  private static String apiKey;
  private static String session;
  private static String spendingKey;
  private static String revokedKey;
  private static String coffeeKey;

  @BeforeAll
  static void keys() {
    apiKey = AdminApiKeysPage.newKey("demo-books", "owner-books", "Micro");
    session = SignedInHttp.sessionCookie("staff-books", "penny-demo");
    spendingKey = createSpendingKey("demo-books", "Reader app");
    revokedKey = createSpendingKey("demo-books", "Old app");
    Response revoked =
        form("/s/demo-books/micro/key-revoke", "key=spk_" + revokedKey.substring(4, 28));
    assertThat(revoked.status()).isEqualTo(303);
    coffeeKey = createSpendingKey("demo-coffee", "Coffee app");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "0.0000001", "1e3", "abc", "99999999999", "100.000001", ""})
  void aTipThatIsNotAnAmountIsRefusedAndMovesNothing(String amount) throws SQLException {
    long before = transfers();
    Response refused = withSpendingKey("POST", STORE + "/tips", "{\"amount\":\"" + amount + "\"}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().getString("code")).isIn("invalid_amount", "invalid_input");
    assertThat(transfers()).isEqualTo(before);
  }

  @Test
  void anotherCurrencyUnknownFieldsAndNumbersAreRefused() {
    assertThat(
            withSpendingKey("POST", STORE + "/tips", "{\"amount\":\"0.50\",\"currency\":\"EUR\"}")
                .json()
                .getString("code"))
        .isEqualTo("currency_mismatch");
    // A shopper's call with something else than a spending key is told it needs one, not a store
    // API key.
    for (String authorization : new String[] {"Bearer ", "Basic abc", "Bearer penny_1_x"}) {
      Response refused =
          Http.send(
              "POST",
              STORE + "/tips",
              Map.of(
                  "Authorization",
                  authorization,
                  "Idempotency-Key",
                  "auth-" + authorization.length(),
                  "Content-Type",
                  "application/json"),
              "{\"amount\":\"0.50\"}");
      assertThat(refused.status()).as(authorization).isEqualTo(401);
      assertThat(refused.json().getString("code"))
          .as(authorization)
          .isEqualTo("spending_key_required");
    }
    for (String notACode : new String[] {"usd", "XYZ", "dollars"}) {
      Response refused =
          withSpendingKey(
              "POST", STORE + "/tips", "{\"amount\":\"0.50\",\"currency\":\"" + notACode + "\"}");
      assertThat(refused.status()).as(notACode).isEqualTo(400);
      assertThat(refused.json().getString("code")).as(notACode).isEqualTo("invalid_currency");
    }
    assertThat(
            withSpendingKey("POST", STORE + "/tips", "{\"amount\":\"0.50\",\"tip\":true}")
                .json()
                .getString("code"))
        .isEqualTo("unknown_field");
    assertThat(withSpendingKey("POST", STORE + "/tips", "{\"amount\":0.5}").status())
        .isEqualTo(400);
    assertThat(withSpendingKey("POST", STORE + "/tips", "[]").status()).isEqualTo(400);
  }

  /** A tip names one of this store's items: another store's, or none at all, is not found. */
  @Test
  void aTipForAnotherStoresItemOrNoItemIsRefused() throws Exception {
    long before = transfers();
    long coffee = X402Client.contentId("demo-coffee", "dialing-in-your-grinder");
    for (String item : new String[] {Long.toString(coffee), "999999999"}) {
      Response refused =
          withSpendingKey(
              "POST", STORE + "/tips", "{\"amount\":\"0.50\",\"content_id\":\"" + item + "\"}");
      assertThat(refused.status()).as(item).isEqualTo(404);
      assertThat(refused.json().getString("code")).isEqualTo("content_not_found");
    }
    assertThat(transfers()).isEqualTo(before);
  }

  @Test
  void anEmptyWalletAndATabNeverOpenedRefuseWithAConflict() throws SQLException {
    long before = transfers();
    Response empty =
        withSpendingKey("POST", STORE + "/metered", "{\"meter\":\"search\",\"amount\":\"0.002\"}");
    assertThat(empty.status()).isEqualTo(409);
    assertThat(empty.json().getString("code")).isEqualTo("insufficient_funds");
    assertThat(transfers()).isEqualTo(before);
    Response longKey =
        Http.send(
            "POST",
            STORE + "/metered",
            Map.of(
                "Authorization",
                "Bearer " + spendingKey,
                "Idempotency-Key",
                "k".repeat(255),
                "Content-Type",
                "application/json"),
            "{\"meter\":\"search\",\"amount\":\"0.002\"}");
    assertThat(longKey.status()).as("the longest key allowed is kept, not a 500").isEqualTo(409);
    JsonObject wallet = withSpendingKey("GET", STORE + "/wallet", null).json();
    assertThat(wallet.getString("balance")).isEqualTo("0.00");
    assertThat(wallet.getString("pay_with")).isEqualTo("wallet");
  }

  @Test
  void keysThatAreMissingUnknownRevokedOrForAnotherStoreAreRefused() {
    Response none =
        Http.send(
            "POST",
            STORE + "/tips",
            Map.of("Idempotency-Key", key(), "Content-Type", "application/json"),
            "{\"amount\":\"0.50\"}");
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.json().getString("code")).isEqualTo("spending_key_required");
    assertThat(
            call(
                    "POST",
                    STORE + "/tips",
                    "sks_" + "0".repeat(24) + "_" + "A".repeat(43),
                    "{\"amount\":\"0.50\"}")
                .json()
                .getString("code"))
        .isEqualTo("invalid_spending_key");
    assertThat(
            call("POST", STORE + "/tips", revokedKey, "{\"amount\":\"0.50\"}")
                .json()
                .getString("code"))
        .isEqualTo("spending_key_revoked");
    Response foreign = call("POST", STORE + "/tips", coffeeKey, "{\"amount\":\"0.50\"}");
    assertThat(foreign.status()).isEqualTo(403);
    assertThat(foreign.json().getString("code")).isEqualTo("spending_key_other_store");
    Response foreignRead = call("GET", STORE + "/wallet", coffeeKey, null);
    assertThat(foreignRead.status()).isEqualTo(403);
    assertThat(foreignRead.json().getString("code")).isEqualTo("spending_key_other_store");
    Response noIdempotencyKey =
        Http.send(
            "POST",
            STORE + "/tips",
            Map.of("Authorization", "Bearer " + spendingKey, "Content-Type", "application/json"),
            "{\"amount\":\"0.50\"}");
    assertThat(noIdempotencyKey.status()).isEqualTo(400);
    assertThat(noIdempotencyKey.json().getString("code")).isEqualTo("idempotency_key_required");
  }

  /** Revoking a key that is not the shopper's revokes nothing and says so (it said "revoked"). */
  @Test
  void revokingAnotherShoppersOrNoKeySaysSoAndRevokesNothing() {
    String keyId = "spk_" + spendingKey.substring(4, 28);
    String stranger = SignedInHttp.sessionCookie("shopper", "penny-demo");
    Response others =
        Http.send(
            "POST",
            "/s/demo-books/micro/key-revoke",
            Map.of("Cookie", stranger, "Content-Type", "application/x-www-form-urlencoded"),
            "key=" + keyId);
    Response unknown = form("/s/demo-books/micro/key-revoke", "key=spk_" + "0".repeat(24));
    Response again =
        form("/s/demo-books/micro/key-revoke", "key=spk_" + revokedKey.substring(4, 28));

    assertThat(others.status()).isEqualTo(303);
    assertThat(others.header("Location")).contains("problem=spending_key_not_found");
    assertThat(unknown.header("Location")).contains("problem=spending_key_not_found");
    assertThat(again.header("Location")).as("one's own key, revoked before").contains("notice");
    assertThat(withSpendingKey("GET", STORE + "/wallet", null).status())
        .as("the key still works")
        .isEqualTo(200);
  }

  @Test
  void aForgedOrUnfundedPaymentIsRefusedAndMovesNothing() throws Exception {
    long before = transfers();
    String path =
        STORE + "/content/" + X402Client.contentId("demo-books", "an-interview-with-a-bookbinder");
    Response challenge = Http.get(path);
    assertThat(challenge.status()).isEqualTo(402);
    JsonObject required = X402Client.decode(challenge.header("PAYMENT-REQUIRED"));
    JsonObject accepted = required.getJsonArray("accepts").getJsonObject(0);

    JsonObject cheaper = Json.createObjectBuilder(accepted).add("amount", "1").build();
    Response forged = pay(path, required, cheaper, accepted, "pay-" + UUID.randomUUID());
    assertThat(forged.status()).isEqualTo(402);
    assertThat(forged.json().getString("code")).isEqualTo("payment_signature_invalid");
    Response shortId = pay(path, required, accepted, accepted, "pay-1");
    assertThat(shortId.status()).as("x402: a payment id that is none").isEqualTo(400);
    assertThat(shortId.json().getString("code")).isEqualTo("invalid_payment");

    Response wrongSecret =
        Http.send(
            "GET",
            path,
            Map.of(
                "PAYMENT-SIGNATURE",
                X402Client.paymentSignature(
                    required,
                    accepted,
                    accepted,
                    "pay-" + UUID.randomUUID(),
                    "sks_" + "1".repeat(24) + "_x")),
            null);
    assertThat(wrongSecret.status()).isEqualTo(402);

    Response empty = pay(path, required, accepted, accepted, "pay-" + UUID.randomUUID());
    assertThat(empty.status())
        .as("a valid payment from an empty wallet: a failed payment, asked again")
        .isEqualTo(402);
    assertThat(empty.json().getString("code")).isEqualTo("insufficient_funds");
    assertThat(X402Client.decode(empty.header("PAYMENT-REQUIRED")).getString("error")).isNotBlank();
    JsonObject failed = X402Client.decode(empty.header("PAYMENT-RESPONSE"));
    assertThat(failed.getBoolean("success")).isFalse();
    assertThat(failed.getString("errorReason")).isEqualTo("insufficient_funds");
    assertThat(empty.header("WWW-Authenticate")).startsWith("Payment ");
    assertThat(transfers()).isEqualTo(before);

    Response schemeAlone = Http.send("GET", path, Map.of("Authorization", "Payment"), null);
    assertThat(schemeAlone.status()).as("the scheme without a credential").isEqualTo(402);
    assertThat(schemeAlone.header("WWW-Authenticate")).startsWith("Payment ");

    Response garbage = Http.send("GET", path, Map.of("PAYMENT-SIGNATURE", "%%%"), null);
    assertThat(garbage.status()).as("x402: a payload that cannot be read").isEqualTo(400);
    assertThat(garbage.json().getString("code")).isEqualTo("invalid_payment");
    assertThat(garbage.contentType()).startsWith("application/problem+json");
    assertThat(transfers()).isEqualTo(before);
  }

  /** The requirement names the address the client fetched, as x402 and IETF clients check. */
  @Test
  void theRequirementNamesTheAddressAsItWasAskedFor() throws Exception {
    long id = X402Client.contentId("demo-books", "an-interview-with-a-bookbinder");
    for (String asked :
        java.util.List.of(
            STORE + "/content/" + id,
            STORE + "/content/" + id + "?ref=feed",
            "/s/demo-books/a/" + id,
            "/s/demo-books/a/" + id + "-an-interview?utm=x")) {
      Response challenge = Http.send("GET", asked, Map.of("Accept", "application/json"), null);
      assertThat(challenge.status()).as(asked).isEqualTo(402);
      JsonObject required = X402Client.decode(challenge.header("PAYMENT-REQUIRED"));
      String url = required.getJsonObject("resource").getString("url");
      // On Penny's public origin (the API is not on the store's own host name).
      assertThat(url).as(asked).isEqualTo(PennyStack.get().baseUrl() + asked);
      assertThat(
              required
                  .getJsonArray("accepts")
                  .getJsonObject(0)
                  .getJsonObject("extra")
                  .getString("resource"))
          .isEqualTo(url);
    }
  }

  /** Cloudflare's pay per crawl: each refusal is named in crawler-error, and nothing moves. */
  @Test
  void aCrawlersRefusedPriceIsNamedInCrawlerError() throws Exception {
    long before = transfers();
    String path =
        STORE + "/content/" + X402Client.contentId("demo-books", "an-interview-with-a-bookbinder");
    String price = Http.get(path).header("crawler-price");
    assertThat(price).isEqualTo("USD 0.50");
    record Case(Map<String, String> headers, int status, String code, String crawlerError) {}
    String bearer = "Bearer " + spendingKey;
    for (Case c :
        java.util.List.of(
            new Case(
                Map.of(
                    "Authorization", bearer,
                    "crawler-max-price", "USD 1.00",
                    "crawler-exact-price", price),
                400,
                "conflicting_price_headers",
                "ConflictingPriceHeaders"),
            new Case(
                Map.of("Authorization", bearer, "crawler-max-price", "fifty cents"),
                400,
                "invalid_amount",
                "InvalidCrawlerPriceValue"),
            new Case(
                Map.of("Authorization", bearer, "crawler-max-price", "USD -1"),
                400,
                "invalid_amount",
                "InvalidCrawlerPriceValue"),
            new Case(
                Map.of("Authorization", bearer, "crawler-max-price", "USD 1e3"),
                400,
                "invalid_amount",
                "InvalidCrawlerPriceValue"),
            new Case(
                Map.of("Authorization", bearer, "crawler-max-price", "USD 0.49"),
                402,
                "price_above_maximum",
                "InvalidCrawlerMaxPrice"),
            new Case(
                Map.of("Authorization", bearer, "crawler-exact-price", "USD 0.40"),
                402,
                "price_above_maximum",
                "InvalidCrawlerExactPrice"),
            new Case(
                Map.of("Authorization", bearer, "crawler-exact-price", price),
                402,
                "insufficient_funds",
                "PaymentFailed"),
            new Case(
                Map.of("crawler-max-price", "USD 1.00"),
                402,
                "payment_required",
                "StrongAuthRequired"))) {
      Response refused = Http.send("GET", path, c.headers(), null);
      assertThat(refused.status()).as(c.code()).isEqualTo(c.status());
      assertThat(refused.json().getString("code")).isEqualTo(c.code());
      assertThat(refused.header("crawler-error")).as(c.code()).isEqualTo(c.crawlerError());
      if (c.status() == 402) {
        assertThat(refused.header("crawler-price")).isEqualTo(price);
      }
    }
    assertThat(transfers()).isEqualTo(before);
  }

  @Test
  void theStoreListsItsMicroChargesByCursorAndCannotVoidWhatIsNotOnATab() {
    Response first = withApiKey("GET", STORE + "/micro-charges?limit=1", null);
    assertThat(first.status()).isEqualTo(200);
    JsonObject page = first.json();
    assertThat(page.getString("object")).isEqualTo("list");
    assertThat(page.getJsonArray("data").size()).isLessThanOrEqualTo(1);
    if (page.getBoolean("has_more")) {
      String cursor = page.getString("next_cursor");
      JsonObject next =
          withApiKey("GET", STORE + "/micro-charges?limit=1&cursor=" + cursor, null).json();
      assertThat(next.getJsonArray("data").getJsonObject(0).getString("id"))
          .isNotEqualTo(page.getJsonArray("data").getJsonObject(0).getString("id"));
    }
    assertThat(withApiKey("GET", STORE + "/micro-charges?limit=0", null).json().getString("code"))
        .isEqualTo("invalid_limit");
    assertThat(
            withApiKey("GET", STORE + "/micro-charges?cursor=zzz", null).json().getString("code"))
        .isEqualTo("invalid_cursor");
    for (String query : List.of("?limt=5", "?limit=1&after=mp_1", "?limit=1&limit=2")) {
      Response refused = withApiKey("GET", STORE + "/micro-charges" + query, null);
      assertThat(refused.status()).as(query).isEqualTo(400);
      assertThat(refused.json().getString("code"))
          .as(query)
          .isIn("unknown_parameter", "duplicate_parameter");
    }
    Response missing = withApiKey("POST", STORE + "/micro-charges/mp_999999999/void", null);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().getString("code")).isEqualTo("purchase_not_found");
    Response unsigned = Http.get(STORE + "/micro-charges");
    assertThat(unsigned.status()).isEqualTo(401);
    // A shopper's spending key is no store key: the answer says which key the call needs.
    Response shopperKey =
        Http.send(
            "GET",
            STORE + "/micro-charges",
            Map.of("Authorization", "Bearer " + spendingKey),
            null);
    assertThat(shopperKey.status()).isEqualTo(401);
    assertThat(shopperKey.json().getString("code")).isEqualTo("api_key_required");
    assertThat(shopperKey.json().getString("detail")).contains("store's API key");
  }

  @Test
  void theStoreChargesOnlyKeysItWasGranted() {
    Response other =
        withApiKey(
            "POST",
            STORE + "/micro-charges",
            "{\"spending_key\":\"spk_"
                + coffeeKey.substring(4, 28)
                + "\",\"meter\":\"calls\",\"amount\":\"0.002\"}");
    assertThat(other.status()).isEqualTo(403);
    assertThat(other.json().getString("code")).isEqualTo("spending_key_other_store");
    Response empty =
        withApiKey(
            "POST",
            STORE + "/micro-charges",
            "{\"spending_key\":\"spk_"
                + spendingKey.substring(4, 28)
                + "\",\"meter\":\"calls\",\"amount\":\"0.002\"}");
    assertThat(empty.status()).isEqualTo(409);
    assertThat(empty.json().getString("code")).isEqualTo("insufficient_funds");
  }

  /** The wallet page pages back by id; an address that is no id shows the newest page. */
  @Test
  void theWalletPagePagesBackAndReadsOnlyIds() {
    for (String query :
        new String[] {
          "",
          "?movements-before=1",
          "?purchases-before=1",
          "?movements-before=abc&purchases-before=-5"
        }) {
      Response wallet = Http.getWithCookie("/s/demo-books/wallet" + query, session);
      assertThat(wallet.status()).as(query).isEqualTo(200);
      assertThat(wallet.body())
          .as(query)
          .contains("data-testid=\"wallet-movements\"", "data-testid=\"micro-purchases\"");
      if (query.contains("=1")) {
        // Nothing is older than the first id: an empty page, and no link further back.
        assertThat(wallet.body())
            .as(query)
            .doesNotContain("wallet-movements-older", "micro-purchases-older");
      }
    }
    Response first = Http.getWithCookie("/s/demo-books/wallet?movements-before=1", session);
    assertThat(first.body()).doesNotContain("data-testid=\"wallet-movement\"");
  }

  @Test
  void theSandboxClockMovesForwardAndBack() {
    Response moved = withApiKey("POST", STORE + "/sandbox/clock", "{\"advance_hours\":1}");
    assertThat(moved.status()).isEqualTo(200);
    assertThat(moved.json().getJsonNumber("offset_seconds").longValue())
        .isGreaterThanOrEqualTo(3600);
    assertThat(withApiKey("POST", STORE + "/sandbox/clock", "{\"advance_hours\":-1}").status())
        .isEqualTo(400);
    assertThat(withApiKey("POST", STORE + "/sandbox/clock", "{\"advance_hours\":999999}").status())
        .isEqualTo(400);
    Response reset = withApiKey("DELETE", STORE + "/sandbox/clock", null);
    assertThat(reset.json().getJsonNumber("offset_seconds").longValue()).isZero();
    assertThat(Http.get(STORE + "/sandbox/clock").status()).isEqualTo(401);
  }

  private static Response pay(
      String path, JsonObject required, JsonObject signed, JsonObject sent, String paymentId) {
    return Http.send(
        "GET",
        path,
        Map.of(
            "PAYMENT-SIGNATURE",
            X402Client.paymentSignature(required, signed, sent, paymentId, spendingKey)),
        null);
  }

  private static String createSpendingKey(String store, String label) {
    String previous = session;
    Response created =
        Http.send(
            "POST",
            "/s/" + store + "/micro/key-create",
            Map.of("Cookie", previous, "Content-Type", "application/x-www-form-urlencoded"),
            "label=" + label.replace(' ', '+') + "&cap=1.00&funding=wallet&scope=this");
    assertThat(created.status()).isEqualTo(303);
    Response wallet = Http.getWithCookie("/s/" + store + "/wallet", session);
    Matcher m = SECRET.matcher(wallet.body());
    assertThat(m.find()).as("the new key's secret on the wallet page").isTrue();
    return m.group(1);
  }

  private static Response form(String path, String body) {
    return Http.send(
        "POST",
        path,
        Map.of("Cookie", session, "Content-Type", "application/x-www-form-urlencoded"),
        body);
  }

  private static Response withSpendingKey(String method, String path, String body) {
    return call(method, path, spendingKey, body);
  }

  private static Response withApiKey(String method, String path, String body) {
    return call(method, path, apiKey, body);
  }

  private static Response call(String method, String path, String bearer, String body) {
    Map<String, String> headers = new HashMap<>();
    headers.put("Authorization", "Bearer " + bearer);
    if (!method.equals("GET")) {
      headers.put("Idempotency-Key", key());
    }
    if (body != null) {
      headers.put("Content-Type", "application/json");
    }
    return Http.send(method, path, headers, body);
  }

  private static String key() {
    return UUID.randomUUID().toString();
  }

  private static long transfers() throws SQLException {
    return StackDatabase.number("SELECT COUNT(*) FROM ledger_transfer");
  }
}
