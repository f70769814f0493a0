package dev.penny.cart.order;

import dev.penny.money.Money;
import dev.penny.money.MoneyDisplay;
import dev.penny.platform.mail.MailOutbox;
import dev.penny.platform.store.StoreSettings;
import dev.penny.platform.store.StoreSettingsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/**
 * The receipts a shopper gets by e-mail: one when an order is paid, one for each refund. Queued in
 * the transaction that records the payment or refund, so a receipt exists exactly when it did.
 */
@ApplicationScoped
public class Receipts {

  private final MailOutbox outbox;
  private final StoreSettingsRepository settings;

  @Inject
  public Receipts(MailOutbox outbox, StoreSettingsRepository settings) {
    this.outbox = outbox;
    this.settings = settings;
  }

  protected Receipts() {
    this(null, null);
  }

  void paid(Order order, List<OrderLine> lines, String orderUrl) {
    String store = storeName();
    StringBuilder body = new StringBuilder();
    body.append("Thank you for your order at ").append(store).append(".\n\n");
    body.append("Order ").append(order.number()).append(" is paid.\n\n");
    for (OrderLine line : lines) {
      body.append(line.quantity())
          .append(" × ")
          .append(line.productName())
          .append(" (")
          .append(line.variantName())
          .append(")  ")
          .append(price(line.total()))
          .append('\n');
    }
    var totals = order.totals();
    body.append("\nSubtotal  ").append(price(totals.subtotal())).append('\n');
    if (totals.discount().isPositive()) {
      body.append("Discount  -").append(price(totals.discount())).append('\n');
    }
    if (order.shippingMethod().isPresent()) {
      body.append("Shipping (")
          .append(order.shippingMethod().get())
          .append(")  ")
          .append(price(totals.shipping()))
          .append('\n');
    }
    body.append("Tax  ").append(price(totals.tax())).append('\n');
    body.append("Total  ").append(price(totals.total())).append('\n');
    body.append(
            order.charged().isPositive()
                ? "Charged to your card  " + price(order.charged())
                : "Nothing to pay: no card was charged")
        .append("\n\n");
    order
        .shippingAddress()
        .ifPresent(
            a ->
                body.append("Shipping to: ")
                    .append(a.name())
                    .append(", ")
                    .append(a.line1())
                    .append(", ")
                    .append(a.postcode())
                    .append(' ')
                    .append(a.city())
                    .append(", ")
                    .append(a.country())
                    .append("\n\n"));
    body.append("Your order: ").append(orderUrl).append('\n');
    outbox.queue(
        order.email(),
        store,
        "Receipt for order " + order.number() + " at " + store,
        body.toString());
  }

  void refunded(Order order, Money amount, String orderUrl) {
    String store = storeName();
    String body =
        store
            + " refunded "
            + price(amount)
            + " of order "
            + order.number()
            + " to your card.\n\nRefunded in all: "
            + price(order.refunded())
            + " of "
            + price(order.charged())
            + ".\n\nYour order: "
            + orderUrl
            + "\n";
    outbox.queue(order.email(), store, "Refund for order " + order.number() + " at " + store, body);
  }

  private String storeName() {
    return settings.current().map(StoreSettings::displayName).orElse("Penny store");
  }

  private static String price(Money money) {
    return MoneyDisplay.format(money, Locale.US);
  }
}
