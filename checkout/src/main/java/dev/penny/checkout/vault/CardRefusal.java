package dev.penny.checkout.vault;

/** Why card details are refused before any acquirer is asked, each with what the shopper sees. */
public enum CardRefusal {
  INVALID_NUMBER("card_number_invalid", "That card number is not valid."),
  INVALID_EXPIRY("card_expiry_invalid", "Enter the expiry as MM/YY."),
  EXPIRED("card_expired", "That card has expired."),
  INVALID_CVC("card_cvc_invalid", "The security code is 3 digits (4 on American Express)."),
  TEST_CARD_IN_LIVE_MODE("test_card_refused", "Test cards are not accepted here."),
  TOO_MANY_ATTEMPTS(
      "too_many_card_attempts", "Too many card attempts. Please wait a few minutes and try again.");

  private final String code;
  private final String message;

  CardRefusal(String code, String message) {
    this.code = code;
    this.message = message;
  }

  public String code() {
    return code;
  }

  public String message() {
    return message;
  }
}
