package dev.penny.checkout.vault;

import java.util.Arrays;
import java.util.Objects;

/**
 * A primary account number, checked (12 to 19 digits, Luhn) and kept as a char array that can be
 * wiped. It never prints itself: {@link #toString()} is the masked form, so a log line or an
 * exception message that names it by mistake shows only the last four digits.
 */
public final class CardNumber {

  private final char[] digits;

  private CardNumber(char[] digits) {
    this.digits = digits;
  }

  /** Parses what a shopper typed: digits with optional spaces or dashes between them. */
  public static CardNumber parse(String typed) {
    if (typed == null || typed.length() > 40) {
      throw new CardRefusedException(CardRefusal.INVALID_NUMBER);
    }
    StringBuilder clean = new StringBuilder(19);
    for (int i = 0; i < typed.length(); i++) {
      char c = typed.charAt(i);
      if (c >= '0' && c <= '9') {
        clean.append(c);
      } else if (c != ' ' && c != '-') {
        throw new CardRefusedException(CardRefusal.INVALID_NUMBER);
      }
    }
    char[] digits = new char[clean.length()];
    clean.getChars(0, clean.length(), digits, 0);
    clean.setLength(0);
    if (digits.length < 12 || digits.length > 19 || !luhn(digits)) {
      Arrays.fill(digits, '0');
      throw new CardRefusedException(CardRefusal.INVALID_NUMBER);
    }
    return new CardNumber(digits);
  }

  static CardNumber ofDecrypted(char[] digits) {
    return new CardNumber(digits);
  }

  static boolean luhn(char[] digits) {
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length - 1; i >= 0; i--) {
      int d = digits[i] - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  public CardBrand brand() {
    return CardBrand.of(new String(digits, 0, Math.min(6, digits.length)));
  }

  public String lastFour() {
    return new String(digits, digits.length - 4, 4);
  }

  /** Whether this is {@code other} (compared in constant time over the digits). */
  public boolean sameAs(String other) {
    Objects.requireNonNull(other);
    return java.security.MessageDigest.isEqual(
        new String(digits).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        other.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }

  /** A copy of the digits, for encryption or the acquirer; the caller wipes it. */
  char[] digits() {
    return digits.clone();
  }

  /** Overwrites the digits held here. */
  public void wipe() {
    Arrays.fill(digits, '0');
  }

  @Override
  public String toString() {
    return "•••• " + lastFour();
  }
}
