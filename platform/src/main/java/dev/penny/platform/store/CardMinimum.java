package dev.penny.platform.store;

import dev.penny.money.Money;
import java.util.Currency;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The least a card may be charged, as acquirers set it: 50 minor units of the currency (0.50 USD or
 * EUR, 50 JPY) unless configured ({@code penny.card-minimum}, per currency as {@code
 * penny.card-minimum.JPY}; {@code penny.tab.charge-minimum} is read as its former name). A setting
 * without a currency is written with cents, so it applies to currencies with minor units only; a
 * currency without them (JPY) takes its own setting or the default. An order below it cannot be
 * placed; a tab below it waits.
 */
public final class CardMinimum {

  static final long DEFAULT_MINOR_UNITS = 50;

  private static final String[] NAMES = {"penny.card-minimum", "penny.tab.charge-minimum"};

  private CardMinimum() {}

  /** The configured minimum for the currency. */
  public static Money of(Currency currency) {
    Config config = ConfigProvider.getConfig();
    return of(currency, name -> config.getOptionalValue(name, String.class));
  }

  /** The minimum for the currency under these settings. */
  static Money of(Currency currency, Function<String, Optional<String>> setting) {
    for (String name : NAMES) {
      Optional<String> value =
          setting
              .apply(name + "." + currency.getCurrencyCode())
              .or(
                  () ->
                      currency.getDefaultFractionDigits() > 0
                          ? setting.apply(name)
                          : Optional.empty())
              .filter(v -> !v.isBlank());
      if (value.isPresent()) {
        return Money.parse(value.get().strip(), currency);
      }
    }
    return Money.ofMinorUnits(DEFAULT_MINOR_UNITS, currency);
  }
}
