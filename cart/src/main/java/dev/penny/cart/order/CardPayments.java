package dev.penny.cart.order;

import dev.penny.money.Money;
import java.util.Optional;

/**
 * The checkout zone as orders see it: the only way to a card, through the zone's server-to-server
 * API. Nothing here carries a card number; a payment is named by the zone's id. Implemented by the
 * web module's client of the zone.
 */
public interface CardPayments {

  /** A payment the zone opened: its id, and the card page the shopper's browser frames. */
  record Session(String paymentId, String cardPageUrl) {}

  /** What the zone says of a payment: its status code and, after a decline, why. */
  record State(String status, Optional<String> declineCode) {
    public boolean paid() {
      return status.equals("authorized") || status.equals("captured");
    }

    public boolean captured() {
      return status.equals("captured") || status.equals("refunded");
    }
  }

  /** A card a shopper saved at the zone (with their consent): what may be shown of it. */
  record SavedCard(String token, String brand, String lastFour, String expiry) {}

  /** The shopper's saved cards, newest first. */
  java.util.List<SavedCard> savedCards(String shopper);

  /** Forgets one of the shopper's saved cards; false if it is not theirs. */
  boolean removeSavedCard(String shopper, String token);

  Session open(
      String store,
      String orderRef,
      Money amount,
      Optional<String> shopper,
      boolean captureAtOnce,
      String frameOrigin);

  State state(String store, String paymentId);

  /** The card page's address for showing the payment step again (with a new client secret). */
  String cardPage(String store, String paymentId);

  /** Captures the payment; one already captured is answered as it is. */
  State capture(String store, String paymentId);

  State voidPayment(String store, String paymentId);

  /** Refunds {@code amount}; the same {@code key} again is the same refund, never a second. */
  State refund(String store, String paymentId, Money amount, String key);
}
