package dev.penny.checkout.payment;

import java.util.Optional;

/**
 * What a shopper typed into the card page, as text, and who is asking: checked by the service,
 * never logged. {@code saveConsent} is the wording a signed-in shopper agreed to, if they did.
 */
public record CardAttempt(
    String number, String expiry, String cvc, Optional<String> saveConsent, String client) {

  @Override
  public String toString() {
    return "CardAttempt[client=" + client + "]";
  }
}
