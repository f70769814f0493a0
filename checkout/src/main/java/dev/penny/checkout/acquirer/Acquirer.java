package dev.penny.checkout.acquirer;

import dev.penny.money.Money;

/**
 * A card acquirer. Every request carries the caller's request id; the same id twice is the same
 * request (answered as before, never done twice), so a request whose answer was lost is repeated or
 * asked about safely. Amounts are whole minor units.
 */
public interface Acquirer {

  /**
   * Asks the issuer to hold {@code amount} on the card. {@code authenticated} says the cardholder
   * completed a 3-D Secure challenge for this payment.
   */
  AcquirerResult authorize(String requestId, CardDetails card, Money amount, boolean authenticated);

  AcquirerResult capture(String requestId, String authorization, Money amount);

  AcquirerResult voidAuthorization(String requestId, String authorization);

  AcquirerResult refund(String requestId, String authorization, Money amount);

  /** What became of the request with this id (an authorization that timed out, for one). */
  AcquirerResult status(String requestId);
}
