package dev.penny.tests.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.tests.pages.AccountPage;
import dev.penny.tests.pages.CartPage;
import dev.penny.tests.pages.CheckoutPage;
import dev.penny.tests.pages.OrderPage;
import dev.penny.tests.pages.PaymentPage;
import dev.penny.tests.pages.SandboxMailPage;
import dev.penny.tests.pages.StoreHomePage;
import dev.penny.tests.stack.StackDatabase;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Shoppers pay in Chromium through the checkout zone's card page, framed from its own origin, with
 * the sandbox's test cards and the public test ids.
 */
class CheckoutJourneyIT extends BrowserPerTest {

  private CartPage cartWith(String store, String category, String product, String sku, int qty) {
    StoreHomePage home = StoreHomePage.open(browser, baseUrl, store);
    return home.openCategoryFromNavigation(category).openProduct(product).addToCart(sku, qty);
  }

  private PaymentPage toPayment(CartPage cart) {
    return cart.chooseShipping("Standard")
        .checkout()
        .email("ada@example.com")
        .address("Ada Lovelace", "12 St James's Square", "London", "SW1Y 4JH", "GB")
        .placeOrder();
  }

  /**
   * Every problem of the form is listed at once (the e-mail's and the address's), including a name
   * that shows nothing and a line that would turn the printed address around.
   */
  @Test
  void everyProblemOfTheCheckoutFormIsListedAtOnce() {
    CheckoutPage refused =
        cartWith("demo-books", "fiction", "The Quiet Orchard", "BK-F100-HC", 1)
            .chooseShipping("Standard")
            .checkout()
            .email("ada@localhost")
            .address("\u200B", "1 Main St\u202Eevil", "London", "SW1Y 4JH", "GB")
            .placeOrderRefused();
    assertThat(refused.problems())
        .containsExactly(
            "Enter an e-mail address such as ada@example.com.",
            "The name is required.",
            "The address has a direction override (such as U+202E), which would reverse the text"
                + " after it; write right-to-left text as it is.");
  }

  @Test
  void aGuestBuysTwoProductsWithTheApprovingTestCard() throws SQLException {
    CartPage cart = cartWith("demo-books", "fiction", "The Quiet Orchard", "BK-F100-HC", 1);
    cart = cart.openCategoryFromNavigation("children").openProduct("Moon Soup").addToCart(null, 1);
    PaymentPage payment = toPayment(cart);
    assertThat(payment.cardFrameAddress()).startsWith("http://pay.localhost:");

    OrderPage order = payment.pay("4242 4242 4242 4242", "12/30", "123");

    assertThat(order.status()).isEqualTo("Paid");
    String number = order.number();
    assertThat(number).matches("[0-9]{4,}");
    String subject = "Receipt for order " + number + " at Marginalia Books";
    String receipt =
        SandboxMailPage.awaitSubject(browser, baseUrl, "ada@example.com", subject).body(subject);
    assertThat(receipt)
        .contains("1 × The Quiet Orchard (Hardcover)")
        .contains("Moon Soup")
        .contains("Charged to your card");
    assertThat(
            StackDatabase.number(
                "SELECT COUNT(*) FROM store_order WHERE number = "
                    + number
                    + " AND status = 'PAID' AND tenant_id ="
                    + " (SELECT id FROM tenant WHERE slug = 'demo-books')"))
        .isEqualTo(1);
  }

  @Test
  void aDeclinedCardShowsAMessageAndCancellingGivesTheStockBack() throws SQLException {
    String stock = "SELECT stock FROM product_variant WHERE sku = 'CF-G300-W'";
    long before = StackDatabase.number(stock);
    PaymentPage payment =
        toPaymentCoffee(cartWith("demo-coffee", "gear", "Ceramic Dripper", "CF-G300-W", 2));
    assertThat(StackDatabase.number(stock)).isEqualTo(before - 2);

    String error = payment.submitCard("4000 0000 0000 0002", "12/30", "123").paymentError();
    assertThat(error).isEqualTo("Your card was declined. Try another card.");
    assertThat(payment.submitCard("4000 0000 0000 9995", "12/30", "123").paymentError())
        .contains("insufficient funds");
    assertThat(payment.submitCard("4242 4242 4242 4241", "12/30", "123").paymentError())
        .isEqualTo("That card number is not valid.");

    OrderPage cancelled = payment.cancelOrder();

    assertThat(cancelled.status()).isEqualTo("Cancelled");
    assertThat(StackDatabase.number(stock)).isEqualTo(before);
  }

  @Test
  void theThreeDSecureChallengeCompletesThePayment() {
    PaymentPage payment =
        toPayment(cartWith("demo-books", "fiction", "The Quiet Orchard", "BK-F100-HC", 1));

    OrderPage order = payment.submitCard("4000 0027 6000 3184", "12/30", "123").completeChallenge();

    assertThat(order.status()).isEqualTo("Paid");
  }

  @Test
  void aSignedInShopperSavesACardPaysWithItNextTimeAndRemovesIt() {
    StoreHomePage.open(browser, baseUrl, "demo-books").signIn().signInAs("shopper", "penny-demo");
    PaymentPage first =
        toPayment(cartWith("demo-books", "fiction", "The Quiet Orchard", "BK-F100-HC", 1));

    assertThat(first.payAndSaveCard("5555 5555 5555 4444", "11/31", "321").status())
        .isEqualTo("Paid");

    PaymentPage second =
        toPayment(cartWith("demo-books", "fiction", "The Quiet Orchard", "BK-F100-HC", 1));
    assertThat(second.savedCards()).anyMatch(c -> c.contains("•••• 4444"));
    OrderPage paidWithSavedCard = second.payWithSavedCard();
    assertThat(paidWithSavedCard.status()).isEqualTo("Paid");

    AccountPage account = paidWithSavedCard.openAccount();
    assertThat(account.orders()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(account.savedCards()).contains("4444");
    assertThat(account.removeCard("4444").savedCards()).doesNotContain("4444");
  }

  private PaymentPage toPaymentCoffee(CartPage cart) {
    return cart.chooseShipping("DHL")
        .checkout()
        .email("grace@example.com")
        .address("Grace Hopper", "Karl-Liebknecht-Str. 1", "Leipzig", "04107", "DE")
        .placeOrder();
  }
}
