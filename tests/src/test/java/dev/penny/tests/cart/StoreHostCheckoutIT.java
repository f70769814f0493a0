package dev.penny.tests.cart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.tests.stack.Http;
import dev.penny.tests.stack.HttpCheckout;
import dev.penny.tests.stack.PennyStack;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A shopper on a store's own host name ({@code demo-books.localhost}) checks out there: the cart's
 * "Checkout" is {@code /checkout}, the path where the same server also runs the checkout zone. It
 * used to reach the zone (a 404); the request guard hands a store host's {@code /checkout} to the
 * store, and the store links and frames as its host does.
 */
class StoreHostCheckoutIT {

  private static final String HOST = "demo-books.localhost";

  @Test
  void aShopperOnTheStoresHostChecksOutPaysAndSeesTheOrderPaid() {
    HttpCheckout checkout = HttpCheckout.onStoreHost("demo-books");

    checkout.order("BK-F100-HC", 1);

    // The checkout page answered with its total and the place action took the order: the store's.
    assertThat(checkout.orderPath()).startsWith("/orders/");
    Http.Response emptied = checkout.get("/checkout");
    assertThat(emptied.status()).isEqualTo(200);
    assertThat(emptied.body())
        .contains("data-testid=\"checkout-not-ready\"", "href=\"/cart\"")
        .doesNotContain("/s/demo-books/");
    assertThat(checkout.payWith("4242 4242 4242 4242", "12/30", "123").status()).isLessThan(400);
    Http.Response order = checkout.orderPage();
    assertThat(order.status()).isEqualTo(200);
    assertThat(order.body())
        .contains("data-testid=\"order-status\">Paid<", "data-testid=\"order-thanks\"")
        .doesNotContain("/s/demo-books/");
  }

  @Test
  void thePaymentStepOnTheStoresHostFramesTheCardPageForThatOrigin() {
    HttpCheckout checkout = HttpCheckout.onStoreHost("demo-books").order("BK-F100-HC", 1);

    Http.Response card = checkout.cardPageNow();

    assertThat(card.status()).isEqualTo(200);
    assertThat(card.header("Content-Security-Policy"))
        .contains("frame-ancestors http://" + HOST + ":" + PennyStack.get().port());
  }

  @Test
  void anOrderCancelledFromThePaymentStepSaysSoNotThankYou() {
    HttpCheckout checkout = HttpCheckout.onStoreHost("demo-books").order("BK-F100-HC", 1);

    Http.Response cancelled = checkout.cancelFromPaymentStep();

    assertThat(cancelled.status()).isEqualTo(303);
    assertThat(cancelled.header("Location")).startsWith("/");
    Http.Response order = checkout.orderPage();
    assertThat(order.body())
        .contains("data-testid=\"order-status\">Cancelled<", "data-testid=\"order-ended\"")
        .doesNotContain("data-testid=\"order-thanks\"");
  }

  @Test
  void theCheckoutZoneIsNotServedOnAStoresHost() {
    Map<String, String> onStoreHost = Map.of("Host", HOST + ":" + PennyStack.get().port());

    Http.Response api = Http.send("GET", "/checkout/api/v1/payments/x", onStoreHost, null);
    Http.Response card = Http.send("GET", "/checkout/card?payment=x&secret=y", onStoreHost, null);

    assertThat(api.status()).isEqualTo(404);
    assertThat(card.status()).isEqualTo(404);
    assertThat(card.body()).doesNotContain("card-number");
  }
}
