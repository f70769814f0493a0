package dev.penny.checkout.vault;

/** The networks the zone recognises by a card number's leading digits. */
public enum CardBrand {
  VISA("Visa"),
  MASTERCARD("Mastercard"),
  AMEX("American Express"),
  DISCOVER("Discover"),
  UNKNOWN("Card");

  private final String label;

  CardBrand(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static CardBrand of(String digits) {
    if (digits.startsWith("4")) {
      return VISA;
    }
    if (digits.startsWith("34") || digits.startsWith("37")) {
      return AMEX;
    }
    if (digits.startsWith("6011") || digits.startsWith("65")) {
      return DISCOVER;
    }
    int two = Integer.parseInt(digits.substring(0, 2));
    int four = Integer.parseInt(digits.substring(0, 4));
    if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
      return MASTERCARD;
    }
    return UNKNOWN;
  }
}
