package dev.penny.money;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Shows an amount as shoppers read it: the currency's symbol and at least its minor-unit digits,
 * with more only when the price has them ({@code $4.99}, {@code $0.002}, {@code €12.50}).
 */
public final class MoneyDisplay {

  private MoneyDisplay() {}

  public static String format(Money money, Locale locale) {
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(money.currency());
    BigDecimal value = money.toDecimal();
    int digits = Math.max(money.currency().getDefaultFractionDigits(), Math.max(value.scale(), 0));
    format.setMinimumFractionDigits(Math.max(money.currency().getDefaultFractionDigits(), 0));
    format.setMaximumFractionDigits(digits);
    return format.format(value);
  }
}
