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

  /** What the zone says of a charge: its payment id and status, and a decline's code. */
  record Charge(String paymentId, String status, Optional<String> declineCode) {
    public boolean captured() {
      return status.equals("captured");
    }

    /** Neither captured nor refused yet: ask the zone again later (never charge again). */
    public boolean unsettled() {
      return status.equals("unknown") || status.equals("authorized");
    }
  }

  /** A card the shopper saved at the zone: what may be shown of it. */
  record SavedCard(String token, String brand, String lastFour, String expiry) {
    public String label() {
      return brand + " •••• " + lastFour;
    }
  }

  List<SavedCard> savedCards(String shopper);

  /** Charges a saved card at once; the same {@code key} again is the same charge, never another. */
  Charge chargeSavedCard(
      String reference, String shopper, String cardToken, Money amount, String key);

  Charge state(String paymentId);

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
