package dev.penny.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of one currency, counted in micro-units (1/1,000,000 of the major unit).
 *
 * <p>Penny sells things worth less than a cent, so the unit of account is finer than any card
 * network's. Arithmetic is exact and refuses what would silently lose value: overflow, mixing
 * currencies, or more precision than a micro-unit. Converting to what a card can be charged ({@link
 * #toMinorUnitsRoundingDown()}) returns the remainder so that nothing disappears.
 */
public record Money(long micros, Currency currency) implements Comparable<Money> {

  public static final long MICROS_PER_UNIT = 1_000_000L;
  private static final int MAX_DECIMALS = 6;
  private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,19}(\\.\\d{1,6})?");
  private static final Pattern TOO_PRECISE = Pattern.compile("-?\\d+\\.\\d{7,}");

  public Money {
    Objects.requireNonNull(currency, "currency");
  }

  public static Money ofMicros(long micros, Currency currency) {
    return new Money(micros, currency);
  }

  public static Money ofMicros(long micros, String currencyCode) {
    return new Money(micros, currency(currencyCode));
  }

  public static Money zero(Currency currency) {
    return new Money(0, currency);
  }

  /**
   * Parses a plain decimal string such as {@code "4.99"} or {@code "0.002"}: digits, an optional
   * leading minus, at most six decimals. Anything else (exponents, grouping, more decimals) is a
   * {@link MoneyFormatException}.
   */
  public static Money parse(String decimal, Currency currency) {
    Objects.requireNonNull(currency, "currency");
    if (decimal == null) {
      throw new MoneyFormatException("An amount is required");
    }
    String text = decimal.strip();
    if (!DECIMAL.matcher(text).matches()) {
      if (TOO_PRECISE.matcher(text).matches()) {
        throw new MoneyFormatException(
            "Amounts have at most " + MAX_DECIMALS + " decimals: '" + abbreviate(text) + "'");
      }
      throw new MoneyFormatException("Not an amount: '" + abbreviate(text) + "'");
    }
    try {
      return new Money(
          new BigDecimal(text).movePointRight(MAX_DECIMALS).longValueExact(), currency);
    } catch (ArithmeticException e) {
      throw new MoneyOverflowException();
    }
  }

  public static Money parse(String decimal, String currencyCode) {
    return parse(decimal, currency(currencyCode));
  }

  /** Amount in whole minor units (e.g. cents) of a currency, as card networks count. */
  public static Money ofMinorUnits(long minorUnits, Currency currency) {
    return new Money(
        exact(() -> Math.multiplyExact(minorUnits, microsPerMinorUnit(currency))), currency);
  }

  public static Currency currency(String code) {
    if (code == null || !code.matches("[A-Z]{3}")) {
      throw new MoneyFormatException("Not an ISO 4217 currency code: '" + abbreviate(code) + "'");
    }
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new MoneyFormatException("Unknown currency: " + code);
    }
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(exact(() -> Math.addExact(micros, other.micros)), currency);
  }

  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(exact(() -> Math.subtractExact(micros, other.micros)), currency);
  }

  public Money times(long factor) {
    return new Money(exact(() -> Math.multiplyExact(micros, factor)), currency);
  }

  /**
   * This amount times a rate in parts per million ({@code 80_000} is 8 %), rounded to a whole
   * micro-unit by {@code rounding}: the one place a percentage becomes money. The product is exact
   * before it is rounded, once.
   */
  public Money timesPartsPerMillion(long ppm, RoundingMode rounding) {
    return timesPartsPerMillion(ppm, rounding, 1);
  }

  /**
   * The same, rounded once to whole minor units (cents): for what is charged on a card, such as a
   * sales tax or a percentage off an order.
   */
  public Money timesPartsPerMillionInMinorUnits(long ppm, RoundingMode rounding) {
    return timesPartsPerMillion(ppm, rounding, microsPerMinorUnit(currency));
  }

  private Money timesPartsPerMillion(long ppm, RoundingMode rounding, long unitMicros) {
    Objects.requireNonNull(rounding, "rounding");
    BigDecimal exactUnits =
        BigDecimal.valueOf(micros)
            .multiply(BigDecimal.valueOf(ppm))
            .movePointLeft(6)
            .divide(BigDecimal.valueOf(unitMicros));
    BigInteger rounded =
        exactUnits
            .setScale(0, rounding)
            .toBigIntegerExact()
            .multiply(BigInteger.valueOf(unitMicros));
    if (rounded.bitLength() > 63) {
      throw new MoneyOverflowException();
    }
    return new Money(rounded.longValueExact(), currency);
  }

  public Money negate() {
    return new Money(exact(() -> Math.negateExact(micros)), currency);
  }

  /**
   * Splits this amount into {@code parts} amounts that differ by at most one micro-unit and add up
   * to exactly this amount; the first parts carry the extra micro-units.
   */
  public Money[] split(int parts) {
    if (parts <= 0) {
      throw new IllegalArgumentException("parts must be positive: " + parts);
    }
    long base = micros / parts;
    long remainder = micros % parts;
    Money[] result = new Money[parts];
    for (int i = 0; i < parts; i++) {
      long extra = i < Math.abs(remainder) ? Long.signum(remainder) : 0;
      result[i] = new Money(base + extra, currency);
    }
    return result;
  }

  /**
   * What a card can be charged: whole minor units rounded toward zero, and the sub-minor-unit
   * remainder, which the caller must keep (a tab keeps it for the next charge).
   */
  public MinorUnitSplit toMinorUnitsRoundingDown() {
    long perMinor = microsPerMinorUnit(currency);
    long minorUnits = micros / perMinor;
    Money charged = new Money(minorUnits * perMinor, currency);
    return new MinorUnitSplit(minorUnits, charged, minus(charged));
  }

  public boolean isNegative() {
    return micros < 0;
  }

  public boolean isZero() {
    return micros == 0;
  }

  public boolean isPositive() {
    return micros > 0;
  }

  /** The exact amount as a decimal number of major units, e.g. {@code 0.002}. */
  public BigDecimal toDecimal() {
    return BigDecimal.valueOf(micros, MAX_DECIMALS).stripTrailingZeros();
  }

  /**
   * Plain decimal text with at least the currency's minor-unit digits and no trailing zeros beyond
   * them: {@code 4.50}, {@code 0.002}, {@code 1200} for JPY.
   */
  public String toPlainString() {
    BigDecimal value = BigDecimal.valueOf(micros, MAX_DECIMALS).stripTrailingZeros();
    int minScale = Math.max(currency.getDefaultFractionDigits(), 0);
    if (value.scale() < minScale) {
      value = value.setScale(minScale);
    }
    return value.toPlainString();
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return Long.compare(micros, other.micros);
  }

  @Override
  public String toString() {
    return toPlainString() + " " + currency.getCurrencyCode();
  }

  static long microsPerMinorUnit(Currency currency) {
    int digits = Math.max(currency.getDefaultFractionDigits(), 0);
    long perMinor = MICROS_PER_UNIT;
    for (int i = 0; i < digits; i++) {
      perMinor /= 10;
    }
    return perMinor;
  }

  private void requireSameCurrency(Money other) {
    Objects.requireNonNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
  }

  private static long exact(java.util.function.LongSupplier operation) {
    try {
      return operation.getAsLong();
    } catch (ArithmeticException e) {
      throw new MoneyOverflowException();
    }
  }

  private static String abbreviate(String text) {
    if (text == null) {
      return "";
    }
    return text.length() <= 32 ? text : text.substring(0, 32) + "…";
  }

  /** An amount split into what a card can be charged and what remains below one minor unit. */
  public record MinorUnitSplit(long minorUnits, Money charged, Money remainder) {}
}
