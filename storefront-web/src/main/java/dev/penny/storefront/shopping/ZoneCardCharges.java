package dev.penny.storefront.shopping;

import dev.penny.money.Money;
import dev.penny.payments.wallet.CardCharges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;

/**
 * The payments module's card charges (wallet top-ups; later, tab charges) through the checkout
 * zone's API. Penny is the merchant of record for them: the zone knows them under the store name
 * {@value #MERCHANT}.
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
        Json.createObjectBuilder()
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
    if (!paymentId.matches("pay_[0-9a-f]{1,40}")) {
      throw new IllegalArgumentException("Not a payment id");
    }
    return charge(
        zone.call(
            "GET",
            "/payments/" + paymentId + "?store=" + MERCHANT,
            Optional.empty(),
            Optional.empty()));
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
    return new Charge(
        payment.getString("id"),
        payment.getString("status"),
        Optional.ofNullable(payment.getString("declineCode", null)));
  }
}
