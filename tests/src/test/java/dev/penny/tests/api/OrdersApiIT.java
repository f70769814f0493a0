package dev.penny.tests.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.tests.pages.AdminApiKeysPage;
import dev.penny.tests.stack.Http;
import dev.penny.tests.stack.Http.Response;
import dev.penny.tests.stack.HttpCheckout;
import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The orders API for a store's key: list and read, fulfil, cancel and refund with idempotency keys
 * (a repeat changes nothing, the key with another request is a conflict), and every kind of bad
 * request a problem with its code.
 */
class OrdersApiIT {

  private static final String ORDERS = "/api/v1/stores/demo-books/orders";
  private static String key;
  private static long paid;

  @BeforeAll
  static void aKeyAndAPaidOrder() {
    key = AdminApiKeysPage.newKey("demo-books", "owner-books", "Order sync");
    HttpCheckout checkout = new HttpCheckout("demo-books").order("BK-F100-HC", 1);
    checkout.payWith("4242 4242 4242 4242", "12/30", "123");
    checkout.orderPage();
    paid = checkout.orderNumber();
  }

  private static Response call(String method, String path, String idempotencyKey, String body) {
    Map<String, String> headers = new HashMap<>();
    headers.put("Authorization", "Bearer " + key);
    if (idempotencyKey != null) {
      headers.put("Idempotency-Key", idempotencyKey);
    }
    if (body != null) {
      headers.put("Content-Type", "application/json");
    }
    return Http.send(method, path, headers, body);
  }

  @Test
  void ordersAreListedAndReadWithAKeyOnly() {
    Response anonymous = Http.get(ORDERS);
    Response list = call("GET", ORDERS + "?status=paid&limit=100", null, null);
    Response one = call("GET", ORDERS + "/" + paid, null, null);

    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.json().getString("code")).isEqualTo("api_key_required");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).contains("\"number\":" + paid);
    assertThat(one.json().getString("status")).isEqualTo("paid");
    assertThat(one.json().getJsonArray("lines")).hasSize(1);
    assertThat(one.json().getJsonArray("history")).isNotEmpty();
  }

  @Test
  void badListRequestsAreProblemsWithTheirCode() {
    assertThat(call("GET", ORDERS + "?limit=0", null, null).json().getString("code"))
        .isEqualTo("invalid_limit");
    assertThat(call("GET", ORDERS + "?cursor=abc", null, null).json().getString("code"))
        .isEqualTo("invalid_cursor");
    assertThat(call("GET", ORDERS + "?sort=x", null, null).json().getString("code"))
        .isEqualTo("unknown_parameter");
    assertThat(call("GET", ORDERS + "?status=lost", null, null).status()).isEqualTo(400);
    assertThat(call("GET", ORDERS + "/99999999", null, null).json().getString("code"))
        .isEqualTo("order_not_found");
    assertThat(call("GET", ORDERS + "/-1", null, null).json().getString("code"))
        .isEqualTo("invalid_id");
  }

  @Test
  void aRefundIsDoneOncePerKeyAndAKeyServesOneRequest() {
    String refund = ORDERS + "/" + paid + "/refund";
    String k = "refund-" + System.nanoTime();

    Response noKey = call("POST", refund, null, "{\"amount\":\"2.00\"}");
    Response first = call("POST", refund, k, "{\"amount\":\"2.00\"}");
    Response replay = call("POST", refund, k, "{\"amount\":\"2.00\"}");
    Response otherRequest = call("POST", refund, k, "{\"amount\":\"3.00\"}");
    Response subCent = call("POST", refund, k + "-b", "{\"amount\":\"0.005\"}");
    Response number = call("POST", refund, k + "-c", "{\"amount\":2}");
    Response tooMuch = call("POST", refund, k + "-d", "{\"amount\":\"9999.00\"}");
    Response notObject = call("POST", refund, k + "-e", "[]");

    assertThat(noKey.json().getString("code")).isEqualTo("idempotency_key_required");
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.json().getString("refunded")).isEqualTo("2.00");
    assertThat(replay.status()).isEqualTo(200);
    assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(otherRequest.status()).isEqualTo(409);
    assertThat(otherRequest.json().getString("code")).isEqualTo("idempotency_conflict");
    assertThat(subCent.json().getString("code")).isEqualTo("invalid_amount");
    assertThat(number.status()).isEqualTo(400);
    assertThat(tooMuch.status()).isEqualTo(409);
    assertThat(tooMuch.json().getString("code")).isEqualTo("refund_exceeds_remaining");
    assertThat(notObject.status()).isEqualTo(400);
    String[] notAmounts = {"abc", "1e5", "99999999999999999999", "-1", ""};
    for (int i = 0; i < notAmounts.length; i++) {
      Response refused =
          call("POST", refund, k + "-f" + i, "{\"amount\":\"" + notAmounts[i] + "\"}");
      assertThat(refused.status()).as(notAmounts[i]).isEqualTo(400);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.json().getString("code"))
          .as(notAmounts[i])
          .isIn("invalid_amount", "amount_overflow");
    }
    assertThat(call("GET", ORDERS + "/" + paid, null, null).json().getString("refunded"))
        .isEqualTo("2.00");
  }

  /** One key sent at once with different amounts refunds one of them, once; the rest are 409. */
  @Test
  void oneKeySentAtOnceWithDifferentAmountsRefundsOnce() throws Exception {
    HttpCheckout checkout = new HttpCheckout("demo-books").order("BK-F100-HC", 1);
    checkout.payWith("4242 4242 4242 4242", "12/30", "123");
    checkout.orderPage();
    String refund = ORDERS + "/" + checkout.orderNumber() + "/refund";
    String k = "race-" + System.nanoTime();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(6);
    java.util.List<java.util.concurrent.Future<Response>> sent = new java.util.ArrayList<>();
    for (int cents = 1; cents <= 6; cents++) {
      String body = "{\"amount\":\"0.0" + cents + "\"}";
      sent.add(pool.submit(() -> call("POST", refund, k, body)));
    }
    java.util.List<Response> answers = new java.util.ArrayList<>();
    for (java.util.concurrent.Future<Response> answer : sent) {
      answers.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
    }
    pool.shutdown();

    java.util.List<Response> done = answers.stream().filter(r -> r.status() == 200).toList();
    assertThat(done).as("one refund").hasSize(1);
    assertThat(answers.stream().filter(r -> r.status() == 409))
        .hasSize(5)
        .allSatisfy(r -> assertThat(r.json().getString("code")).isEqualTo("idempotency_conflict"));
    assertThat(
            call("GET", ORDERS + "/" + checkout.orderNumber(), null, null)
                .json()
                .getString("refunded"))
        .isEqualTo(done.get(0).json().getString("refunded"));
  }

  /** Any Idempotency-Key the API takes (8 to 255 visible characters) names one card refund. */
  @Test
  void aLongOrUnusualIdempotencyKeyRefundsOnce() {
    HttpCheckout checkout = new HttpCheckout("demo-books").order("BK-F100-HC", 1);
    checkout.payWith("4242 4242 4242 4242", "12/30", "123");
    checkout.orderPage();
    String refund = ORDERS + "/" + checkout.orderNumber() + "/refund";
    for (String k :
        new String[] {
          "long-" + System.nanoTime() + "-" + "k".repeat(200),
          "with/slash+plus=" + System.nanoTime()
        }) {
      Response first = call("POST", refund, k, "{\"amount\":\"0.10\"}");
      assertThat(first.status()).as(first.body()).isEqualTo(200);
      Response again = call("POST", refund, k, "{\"amount\":\"0.10\"}");
      assertThat(again.status()).isEqualTo(200);
      assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    }
    assertThat(
            call("GET", ORDERS + "/" + checkout.orderNumber(), null, null)
                .json()
                .getString("refunded"))
        .isEqualTo("0.20");
  }

  /**
   * The payment step's cancel (its link and key are in every receipt) gives up an unpaid order
   * only: posted for a paid order, by anyone, it changes nothing.
   */
  @Test
  void aPaidOrderIsNotCancelledFromThePaymentStep() {
    HttpCheckout checkout = new HttpCheckout("demo-books").order("BK-F100-HC", 1);
    checkout.payWith("4242 4242 4242 4242", "12/30", "123");
    checkout.orderPage();
    String order = ORDERS + "/" + checkout.orderNumber();
    assertThat(call("GET", order, null, null).json().getString("status")).isEqualTo("paid");

    Http.Response cancel =
        Http.send(
            "POST",
            "/s/demo-books/checkout/cancel",
            Map.of("Content-Type", "application/x-www-form-urlencoded"),
            "number=" + checkout.orderNumber() + "&key=" + checkout.orderKey());
    assertThat(cancel.status()).isEqualTo(303);
    assertThat(call("GET", order, null, null).json().getString("status")).isEqualTo("paid");
  }

  /** Checkout places an order only for the total the page showed: nothing else passes. */
  @Test
  void aCheckoutPostWithoutTheShownTotalPlacesNothing() {
    for (String claimed : new String[] {null, "-1", "-0", "0", "abc", " 1"}) {
      Http.Response placed = new HttpCheckout("demo-books").placeClaiming("BK-F100-HC", claimed);
      assertThat(placed.status()).as(String.valueOf(claimed)).isEqualTo(303);
      assertThat(placed.header("Location")).as(String.valueOf(claimed)).endsWith("/checkout");
    }
  }

  /**
   * A shopper whose card the zone approved but who never came back to the order page (the browser
   * closed): the sweep asks the zone and the order is paid, not cancelled as unpaid.
   */
  @Test
  void anOrderPaidAtTheZoneWithoutTheShoppersReturnIsPaidNotCancelled() throws Exception {
    HttpCheckout checkout = new HttpCheckout("demo-books").order("BK-F100-PB", 1);
    assertThat(checkout.payWith("4242 4242 4242 4242", "12/30", "123").status()).isLessThan(400);
    String order = ORDERS + "/" + checkout.orderNumber();
    assertThat(call("GET", order, null, null).json().getString("status")).isEqualTo("pending");

    // An hour later by the sandbox clock the order is past the unpaid limit (30 minutes).
    String clock = "/api/v1/stores/demo-books/sandbox/clock";
    assertThat(call("POST", clock, "clock-" + System.nanoTime(), "{\"advance_hours\":1}").status())
        .isEqualTo(200);
    try {
      String status = "pending";
      long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(180);
      while (status.equals("pending") && System.nanoTime() < deadline) {
        Thread.sleep(2_000);
        status = call("GET", order, null, null).json().getString("status");
      }
      assertThat(status).isEqualTo("paid");
      JsonObject paid = call("GET", order, null, null).json();
      assertThat(paid.getJsonArray("history").getValuesAs(JsonObject.class))
          .extracting(e -> e.getString("kind"))
          .contains("paid")
          .doesNotContain("cancelled");
    } finally {
      call("DELETE", clock, "clock-" + System.nanoTime(), null);
    }
  }

  /** A cancelled order says what went back to the card: the earlier refund and the rest. */
  @Test
  void cancellingAPartlyRefundedOrderRefundsAndRecordsTheRest() {
    HttpCheckout checkout = new HttpCheckout("demo-books").order("BK-F100-PB", 1);
    checkout.payWith("4242 4242 4242 4242", "12/30", "123");
    checkout.orderPage();
    String order = ORDERS + "/" + checkout.orderNumber();

    Response partly =
        call("POST", order + "/refund", "refund-" + System.nanoTime(), "{\"amount\":\"2.50\"}");
    Response cancelled = call("POST", order + "/cancel", "cancel-" + System.nanoTime(), null);

    assertThat(partly.json().getString("refunded")).isEqualTo("2.50");
    assertThat(cancelled.status()).isEqualTo(200);
    JsonObject after = cancelled.json();
    assertThat(after.getString("status")).isEqualTo("cancelled");
    assertThat(after.getString("refunded")).isEqualTo(after.getString("charged"));
    JsonObject last =
        after.getJsonArray("history").getJsonObject(after.getJsonArray("history").size() - 1);
    assertThat(new java.math.BigDecimal(last.getString("amount")))
        .isEqualByComparingTo(
            new java.math.BigDecimal(after.getString("charged"))
                .subtract(new java.math.BigDecimal("2.50")));
  }

  @Test
  void anOrderIsFulfilledOnceAndThenCannotBeCancelled() {
    HttpCheckout checkout = new HttpCheckout("demo-books").order("BK-F100-HC", 1);
    checkout.payWith("4242 4242 4242 4242", "12/30", "123");
    checkout.orderPage();
    String order = ORDERS + "/" + checkout.orderNumber();

    Response fulfilled = call("POST", order + "/fulfil", "fulfil-" + System.nanoTime(), null);
    Response again = call("POST", order + "/fulfil", "fulfil-" + System.nanoTime(), null);
    Response cancel = call("POST", order + "/cancel", "cancel-" + System.nanoTime(), null);

    assertThat(fulfilled.status()).isEqualTo(200);
    assertThat(fulfilled.json().getString("status")).isEqualTo("fulfilled");
    assertThat(again.json().getString("code")).isEqualTo("order_state_conflict");
    assertThat(cancel.json().getString("code")).isEqualTo("order_state_conflict");
  }
}
