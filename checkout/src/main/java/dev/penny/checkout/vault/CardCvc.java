package dev.penny.checkout.vault;

/**
 * The card security code: checked for its length by brand, passed to the one authorization, never
 * stored (no field of any entity holds it) and never printed.
 */
public final class CardCvc {

  private final char[] digits;

  private CardCvc(char[] digits) {
    this.digits = digits;
  }

  public static CardCvc parse(String typed, CardBrand brand) {
    String text = typed == null ? "" : typed.strip();
    int length = brand == CardBrand.AMEX ? 4 : 3;
    if (text.length() != length || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new CardRefusedException(CardRefusal.INVALID_CVC);
    }
    return new CardCvc(text.toCharArray());
  }

  public void wipe() {
    java.util.Arrays.fill(digits, '0');
  }

  @Override
  public String toString() {
    return "•••";
  }
}
