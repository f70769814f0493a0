package dev.penny.tests.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.tests.stack.Http;
import dev.penny.tests.stack.Http.Response;
import dev.penny.tests.stack.PennyStack;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checkout zone's API as Penny's servers use it: a payment opened for a shopper, a card saved
 * on its card page with the shopper's consent, then charged server to server (as wallet top-ups and
 * tab charges will be), once per idempotency key, and only by its own shopper.
 */
class ZoneApiIT {

  private static final String SHOPPER = "zone-api-shopper-" + System.nanoTime();
  private static String savedCard;

  private static Response api(String method, String path, String key, String body) {
    Map<String, String> headers = new HashMap<>();
    headers.put("Authorization", "Bearer " + PennyStack.ZONE_SECRET);
    if (key != null) {
      headers.put("Idempotency-Key", key);
    }
    if (body != null) {
      headers.put("Content-Type", "application/json");
    }
    return Http.send(method, "/checkout/api/v1" + path, headers, body);
  }

  @BeforeAll
  static void aShopperSavesACard() {
    Response created =
        api(
            "POST",
            "/payments",
            null,
            "{\"store\":\"demo-books\",\"orderRef\":\"zone-test-"
                + System.nanoTime()
                + "\",\"amount\":\"12.00\",\"currency\":\"USD\",\"shopper\":\""
                + SHOPPER
                + "\",\"captureAtOnce\":true,\"frameOrigin\":\"http://localhost:"
                + PennyStack.get().port()
                + "\"}");
    assertThat(created.status()).isEqualTo(201);
    URI page = URI.create(created.json().getString("cardPageUrl"));
    Response paid =
        Http.send(
            "POST",
            "/checkout/card",
            Map.of(
                "Host", page.getAuthority(), "Content-Type", "application/x-www-form-urlencoded"),
            page.getRawQuery()
                + "&card-number=4242424242424242&card-expiry=10/32&card-cvc=123&save-card=yes");
    assertThat(paid.status()).isEqualTo(303);
    JsonObject cards = api("GET", "/shoppers/" + SHOPPER + "/cards", null, null).json();
    assertThat(cards.getJsonArray("data")).hasSize(1);
    savedCard = cards.getJsonArray("data").getJsonObject(0).getString("token");
  }

  private static String charge(String shopper, String amount) {
    return "{\"store\":\"demo-books\",\"shopper\":\""
        + shopper
        + "\",\"card\":\""
        + savedCard
        + "\",\"amount\":\""
        + amount
        + "\",\"currency\":\"USD\"}";
  }

  @Test
  void aSavedCardIsChargedOncePerKey() {
    String key = "topup-" + System.nanoTime();

    Response first = api("POST", "/charges", key, charge(SHOPPER, "20.00"));
    Response again = api("POST", "/charges", key, charge(SHOPPER, "20.00"));

    assertThat(first.status()).isEqualTo(201);
    assertThat(first.json().getString("status")).isEqualTo("captured");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.json().getString("id")).isEqualTo(first.json().getString("id"));
  }

  @Test
  void onlyItsShopperCanChargeASavedCardAndTheMinimumHolds() {
    Response otherShopper =
        api("POST", "/charges", "other-" + System.nanoTime(), charge("someone-else", "20.00"));
    Response tooSmall =
        api("POST", "/charges", "small-" + System.nanoTime(), charge(SHOPPER, "0.10"));
    Response noKey = api("POST", "/charges", null, charge(SHOPPER, "20.00"));

    assertThat(otherShopper.status()).isEqualTo(404);
    assertThat(tooSmall.json().getString("status")).isEqualTo("requires_card");
    assertThat(tooSmall.json().getString("declineCode")).isEqualTo("amount_too_small");
    assertThat(noKey.status()).isEqualTo(400);
  }

  /** A method the API never takes is refused as its other refusals are: problem+json. */
  @Test
  void aMethodTheApiDoesNotTakeIsAProblem() {
    for (String method : java.util.List.of("PUT", "PATCH", "OPTIONS", "DELETE")) {
      Response refused = api(method, "/payments", null, null);
      assertThat(refused.status()).as(method).isEqualTo(405);
      assertThat(refused.contentType()).as(method).startsWith("application/problem+json");
      assertThat(refused.json().getString("code")).as(method).isEqualTo("method_not_allowed");
      assertThat(refused.header("Allow")).as(method).contains("POST").doesNotContain(method);
      assertThat(refused.header("Content-Type")).as(method).doesNotContain("ISO-8859-1");
    }
  }

  private static String newPayment(String orderRef, String frameOrigin) {
    return "{\"store\":\"demo-books\",\"orderRef\":\""
        + orderRef
        + "\",\"amount\":\"3.00\",\"currency\":\"USD\",\"frameOrigin\":\""
        + frameOrigin
        + "\"}";
  }

  /** Requests the zone cannot act on are 4xx problems, not server errors, and change nothing. */
  @Test
  void aPaymentNotYetAuthorizedOrAReferenceUsedTwiceIsAConflict() {
    String origin = "http://localhost:" + PennyStack.get().port();
    String ref = "zone-conflict-" + System.nanoTime();
    Response created = api("POST", "/payments", null, newPayment(ref, origin));
    assertThat(created.status()).isEqualTo(201);
    String id = created.json().getString("id");

    Response capture = api("POST", "/payments/" + id + "/capture?store=demo-books", null, null);
    assertThat(capture.status()).isEqualTo(409);
    assertThat(capture.json().getString("code")).isEqualTo("payment_state_conflict");
    Response refund =
        api(
            "POST",
            "/payments/" + id + "/refund?store=demo-books",
            "refund-" + System.nanoTime(),
            "{\"amount\":\"1.00\",\"currency\":\"USD\"}");
    assertThat(refund.status()).isEqualTo(409);

    Response again = api("POST", "/payments", null, newPayment(ref, origin));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().getString("code")).isEqualTo("duplicate_reference");

    Response longOrigin =
        api(
            "POST",
            "/payments",
            null,
            newPayment("zone-long-" + System.nanoTime(), "https://" + "a".repeat(200)));
    assertThat(longOrigin.status()).isEqualTo(400);

    for (String day : new String[] {"", "?day=x", "?day=2024-02-30"}) {
      assertThat(api("GET", "/sandbox/settlement" + day, null, null).status())
          .as(day)
          .isEqualTo(400);
    }
  }
}
