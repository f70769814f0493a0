package dev.penny.checkout.web;

import dev.penny.checkout.payment.Payment;
import dev.penny.checkout.payment.PaymentStatus;
import dev.penny.checkout.vault.Card;
import dev.penny.money.Money;
import java.util.List;
import java.util.Optional;

/**
 * The card page's HTML for a payment in each of its states: the card form (with the shopper's saved
 * cards and the consent to save one), the 3-D Secure challenge, the wait while an unknown outcome
 * is asked about, and the result the store's page is told of.
 */
final class CardPage {

  static final String SAVE_CONSENT =
      "Save this card for my next purchases on Penny stores. Penny stores it encrypted and charges"
          + " it only when I pay with it.";

  private CardPage() {}

  static String render(
      String context,
      Payment payment,
      String secret,
      List<Card> savedCards,
      Optional<String> error) {
    String amount = Html.escape(format(payment.amount()));
    StringBuilder body = new StringBuilder();
    PaymentStatus status = payment.status();
    String hidden =
        "<input type=\"hidden\" name=\"payment\" value=\""
            + Html.escape(payment.publicId())
            + "\">"
            + "<input type=\"hidden\" name=\"secret\" value=\""
            + Html.escape(secret)
            + "\">";
    switch (status) {
      case REQUIRES_CARD -> {
        error.ifPresent(
            e ->
                body.append(
                        "<p class=\"error\" role=\"alert\" id=\"payment-error\" data-testid=\"payment-error\">")
                    .append(Html.escape(e))
                    .append("</p>"));
        if (!savedCards.isEmpty()) {
          body.append("<form method=\"post\" action=\"")
              .append(context)
              .append("/card\" class=\"saved\">")
              .append(hidden)
              .append("<fieldset><legend>Your saved cards</legend>");
          for (Card card : savedCards) {
            body.append("<button type=\"submit\" name=\"saved-card\" value=\"")
                .append(Html.escape(card.token()))
                .append("\" data-testid=\"saved-card\">Pay ")
                .append(amount)
                .append(" with ")
                .append(Html.escape(card.brand().label()))
                .append(" •••• ")
                .append(Html.escape(card.lastFour()))
                .append("</button>");
          }
          body.append("</fieldset></form><p class=\"or\">or a new card</p>");
        }
        body.append("<form method=\"post\" action=\"")
            .append(context)
            .append("/card\" autocomplete=\"on\">")
            .append(hidden)
            .append("<label for=\"card-number\">Card number</label>")
            .append(
                "<input id=\"card-number\" name=\"card-number\" data-testid=\"card-number\" inputmode=\"numeric\" autocomplete=\"cc-number\" maxlength=\"23\" required>")
            .append("<div class=\"row\"><div><label for=\"card-expiry\">Expiry (MM/YY)</label>")
            .append(
                "<input id=\"card-expiry\" name=\"card-expiry\" data-testid=\"card-expiry\" inputmode=\"numeric\" autocomplete=\"cc-exp\" maxlength=\"7\" placeholder=\"MM/YY\" required></div>")
            .append("<div><label for=\"card-cvc\">Security code</label>")
            .append(
                "<input id=\"card-cvc\" name=\"card-cvc\" data-testid=\"card-cvc\" inputmode=\"numeric\" autocomplete=\"cc-csc\" maxlength=\"4\" required></div></div>");
        if (payment.shopper().isPresent()) {
          body.append(
                  "<label class=\"consent\"><input type=\"checkbox\" name=\"save-card\" value=\"yes\" data-testid=\"save-card\"> ")
              .append(Html.escape(SAVE_CONSENT))
              .append("</label>");
        }
        body.append("<button type=\"submit\" id=\"pay-button\" data-testid=\"pay-button\">Pay ")
            .append(amount)
            .append("</button></form>");
      }
      case REQUIRES_CHALLENGE ->
          body.append("<div class=\"challenge\" data-testid=\"challenge\">")
              .append("<h2>Confirm this payment</h2><p>Your bank asks you to confirm a payment of ")
              .append(amount)
              .append(" (sandbox 3-D Secure).</p>")
              .append("<form method=\"post\" action=\"")
              .append(context)
              .append("/challenge\">")
              .append(hidden)
              .append(
                  "<button type=\"submit\" name=\"result\" value=\"pass\" data-testid=\"challenge-complete\">Confirm</button> ")
              .append(
                  "<button type=\"submit\" name=\"result\" value=\"fail\" data-testid=\"challenge-fail\">Cancel</button>")
              .append("</form></div>");
      case UNKNOWN ->
          body.append("<p class=\"wait\" data-testid=\"payment-pending\" data-reload=\"2\">")
              .append("Confirming your payment with the bank…</p>");
      case AUTHORIZED, CAPTURED ->
          body.append("<p class=\"done\" data-testid=\"payment-done\">Payment of ")
              .append(amount)
              .append(" approved.</p>");
      default ->
          body.append(
              "<p class=\"error\" data-testid=\"payment-error\">This payment can no longer be made.</p>");
    }
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>Card payment</title>"
        + "<link rel=\"stylesheet\" href=\""
        + context
        + "/resources/card.css\">"
        + "<script src=\""
        + context
        + "/resources/card.js\" defer></script></head>"
        + "<body data-payment=\""
        + Html.escape(payment.publicId())
        + "\" data-status=\""
        + status.code()
        + "\" data-parent-origin=\""
        + Html.escape(payment.frameOrigin())
        + "\">"
        + "<main class=\"card-page\">"
        + body
        + "<p class=\"zone\">Secured by Penny Checkout</p></main>"
        + "</body></html>";
  }

  static String format(Money amount) {
    java.util.Currency currency = amount.currency();
    return currency.getSymbol(java.util.Locale.US).length() == 1
        ? currency.getSymbol(java.util.Locale.US) + amount.toPlainString()
        : amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
