package dev.penny.payments.charging;

import dev.penny.money.Money;
import java.time.Duration;
import java.util.Currency;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The platform operator's rules for charging tabs, from configuration (each amount may be set per
 * currency, as {@code penny.tab.charge-cap.EUR}): the most one aggregated charge may be ({@code
 * penny.tab.charge-cap}, 15.00), how many times a declined charge is tried again ({@code
 * penny.tab.retries}, 3) and the first back-off ({@code penny.tab.retry-minutes}, 60, doubling).
 */
public final class ChargeRules {

  private ChargeRules() {}

  public static Money cap(Currency currency) {
    return amount("penny.tab.charge-cap", currency, "15.00");
  }

  public static int retries() {
    return config().getOptionalValue("penny.tab.retries", Integer.class).orElse(3);
  }

  /** The wait before the {@code attempt}-th retry (1-based): the first back-off, doubling. */
  public static Duration backoff(int attempt) {
    long minutes = config().getOptionalValue("penny.tab.retry-minutes", Long.class).orElse(60L);
    return Duration.ofMinutes(minutes << Math.min(Math.max(attempt - 1, 0), 10));
  }

  /** How long an unanswered charge waits before the zone is asked again (backing off, 30 s–1 h). */
  public static Duration askAgainAfter(int attempt) {
    return Duration.ofSeconds(Math.min(3600, 30L << Math.min(Math.max(attempt - 1, 0), 7)));
  }

  public static CardFeeModel cardFees(Currency currency) {
    long ppm =
        config().getOptionalValue("penny.settlement.card-fee-ppm", Long.class).orElse(29_000L);
    return new CardFeeModel(ppm, amount("penny.settlement.card-fee-fixed", currency, "0.30"));
  }

  /** The platform's fee on a store's gross, in parts per million (default 5 %). */
  public static long platformFeePpm() {
    return config()
        .getOptionalValue("penny.settlement.platform-fee-ppm", Long.class)
        .orElse(50_000L);
  }

  private static Money amount(String name, Currency currency, String fallback) {
    Config config = config();
    String value =
        config
            .getOptionalValue(name + "." + currency.getCurrencyCode(), String.class)
            .or(() -> config.getOptionalValue(name, String.class))
            .orElse(fallback);
    return Money.parse(value, currency);
  }

  private static Config config() {
    return ConfigProvider.getConfig();
  }
}
