package dev.penny.payments.wallet;

import dev.penny.money.Money;
import java.util.List;
import java.util.Optional;

/**
 * The checkout zone as the payments module sees it: charges to cards, named by the zone's tokens
 * and payment ids, never by a card number. Penny itself is the merchant of record for wallet
 * top-ups and tab charges. Implemented by the web module's client of the zone.
 */
public interface CardCharges {

  /**
   * What the zone says of a charge: its payment id and status, a decline's code, and the card it
   * was paid with (brand and last four) when the zone names one.
   */
  record Charge(
      String paymentId, String status, Optional<String> declineCode, Optional<String> cardLabel) {

    public Charge(String paymentId, String status, Optional<String> declineCode) {
      this(paymentId, status, declineCode, Optional.empty());
    }

    public boolean captured() {
      return status.equals("captured");
    }

    /** Neither captured nor refused yet: ask the zone again later (never charge again). */
    public boolean unsettled() {
      return status.equals("unknown") || status.equals("authorized");
    }

    /**
     * A card page's payment that no card has paid yet (a declined card may be followed by another).
     */
    public boolean awaitingCard() {
      return status.equals("requires_card") || status.equals("requires_challenge");
    }

    /** Ended without a charge: voided (an abandoned card page) or failed. */
    public boolean endedUnpaid() {
      return status.equals("voided") || status.equals("failed");
    }
  }

  /** A card the shopper saved at the zone: what may be shown of it. */
  record SavedCard(String token, String brand, String lastFour, String expiry) {
    public String label() {
      return brand + " •••• " + lastFour;
    }
  }

  List<SavedCard> savedCards(String shopper);

  /** The shopper's saved card with this token, if they saved one. */
  default java.util.Optional<SavedCard> savedCard(String shopper, String token) {
    return savedCards(shopper).stream().filter(c -> c.token().equals(token)).findFirst();
  }

  /** Charges a saved card at once; the same {@code key} again is the same charge, never another. */
  Charge chargeSavedCard(
      String reference, String shopper, String cardToken, Money amount, String key);

  Charge state(String paymentId);

  /** A card page at the zone for a card not saved (pay now): its payment id and address. */
  record CardPage(String paymentId, String url) {}

  /**
   * Opens the zone's card page for a one-off payment of {@code amount}, captured at once, shown in
   * a frame of {@code frameOrigin} only.
   */
  CardPage openCardPage(String reference, String shopper, Money amount, String frameOrigin);

  /** The card page of a payment opened earlier, at a new address (the old one stops working). */
  String cardPageOf(String paymentId);

  /**
   * Voids a card page's payment no card has paid yet, so that it can no longer be paid; what the
   * zone says of it afterwards. (A paid one cannot be voided: its state is asked with {@link
   * #state}.)
   */
  Charge cancel(String paymentId);

  /** How the zone answered a refund: done, refused (the same key again is refused again), none. */
  enum RefundAnswer {
    DONE,
    REFUSED,
    NO_ANSWER
  }

  /**
   * Gives part of one of Penny's own charges back to its card; the same {@code key} again is the
   * same refund, never a second.
   */
  RefundAnswer refund(String paymentId, Money amount, String key);
}
