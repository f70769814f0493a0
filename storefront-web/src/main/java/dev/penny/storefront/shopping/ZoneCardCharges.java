package dev.penny.storefront.shopping;

import dev.penny.cart.order.CardPayments;
import dev.penny.money.Money;
import dev.penny.payments.wallet.CardCharges;
import dev.penny.platform.json.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;

/**
 * The payments module's card charges (wallet top-ups, tab charges, pay-now card pages) through the
 * checkout zone's API. Penny is the merchant of record for them: the zone knows them under the
 * store name {@value #MERCHANT}.
 */
@ApplicationScoped
public class ZoneCardCharges implements CardCharges {

  static final String MERCHANT = "penny";

  private final CheckoutZoneClient zone;

  @Inject
  public ZoneCardCharges(CheckoutZoneClient zone) {
    this.zone = zone;
  }

  protected ZoneCardCharges() {
    this(null);
  }

  @Override
  public List<SavedCard> savedCards(String shopper) {
    return zone.savedCards(shopper).stream()
        .map(c -> new SavedCard(c.token(), c.brand(), c.lastFour(), c.expiry()))
        .toList();
  }

  @Override
  public Charge chargeSavedCard(
      String reference, String shopper, String cardToken, Money amount, String key) {
    String body =
        Jsonp.JSON
            .createObjectBuilder()
            .add("store", MERCHANT)
            .add("shopper", shopper)
            .add("card", cardToken)
            .add("amount", amount.toPlainString())
            .add("currency", amount.currency().getCurrencyCode())
            .build()
            .toString();
    return charge(zone.call("POST", "/charges", Optional.of(body), Optional.of(key)));
  }

  @Override
  public Charge state(String paymentId) {
    return charge(zone.call("GET", paymentPath(paymentId, ""), Optional.empty(), Optional.empty()));
  }

  @Override
  public CardPage openCardPage(String reference, String shopper, Money amount, String frameOrigin) {
    CardPayments.Session session =
        zone.open(MERCHANT, reference, amount, Optional.of(shopper), true, frameOrigin);
    return new CardPage(session.paymentId(), session.cardPageUrl());
  }

  @Override
  public String cardPageOf(String paymentId) {
    return zone.call(
            "POST", paymentPath(paymentId, "/card-page"), Optional.of(""), Optional.empty())
        .getString("cardPageUrl");
  }

  @Override
  public Charge cancel(String paymentId) {
    return charge(
        zone.call("POST", paymentPath(paymentId, "/void"), Optional.of(""), Optional.empty()));
  }

  private static String paymentPath(String paymentId, String action) {
    return CheckoutZoneClient.paymentPath(paymentId, action, MERCHANT);
  }

  @Override
  public RefundAnswer refund(String paymentId, Money amount, String key) {
    return switch (zone.refundOwnCharge(MERCHANT, paymentId, amount, key)) {
      case DONE -> RefundAnswer.DONE;
      case REFUSED -> RefundAnswer.REFUSED;
      case NO_ANSWER -> RefundAnswer.NO_ANSWER;
    };
  }

  private static Charge charge(JsonObject payment) {
    JsonObject card = payment.getJsonObject("card");
    return new Charge(
        payment.getString("id"),
        payment.getString("status"),
        Optional.ofNullable(payment.getString("declineCode", null)),
        Optional.ofNullable(card)
            .map(c -> c.getString("brand") + " •••• " + c.getString("lastFour")));
  }
}
