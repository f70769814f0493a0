package dev.penny.checkout.vault;

import java.time.YearMonth;

/** A card's expiry month, typed as {@code MM/YY} (or {@code MM / YYYY}); valid through its end. */
public record CardExpiry(YearMonth month) {

  public static CardExpiry parse(String typed, YearMonth now) {
    String text = typed == null ? "" : typed.replace(" ", "");
    if (!text.matches("(0[1-9]|1[0-2])/([0-9]{2}|20[0-9]{2})")) {
      throw new CardRefusedException(CardRefusal.INVALID_EXPIRY);
    }
    int m = Integer.parseInt(text.substring(0, 2));
    String y = text.substring(3);
    int year = y.length() == 2 ? 2000 + Integer.parseInt(y) : Integer.parseInt(y);
    YearMonth expiry = YearMonth.of(year, m);
    if (expiry.isBefore(now)) {
      throw new CardRefusedException(CardRefusal.EXPIRED);
    }
    if (expiry.isAfter(now.plusYears(20))) {
      throw new CardRefusedException(CardRefusal.INVALID_EXPIRY);
    }
    return new CardExpiry(expiry);
  }
}
