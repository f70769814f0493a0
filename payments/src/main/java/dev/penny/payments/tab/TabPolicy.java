package dev.penny.payments.tab;

import dev.penny.money.Money;
import dev.penny.platform.store.CardMinimum;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Currency;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The platform operator's tab rules, from configuration: {@code penny.tab.threshold} (default 5.00,
 * per currency as {@code penny.tab.threshold.EUR}), {@code penny.tab.limit} (default 15.00,
 * likewise per currency) and {@code penny.tab.max-age-hours} (72).
 */
@ApplicationScoped
public class TabPolicy {

  public Money threshold(Currency currency) {
    return amount("penny.tab.threshold", currency, "5.00");
  }

  public Money limit(Currency currency) {
    return amount("penny.tab.limit", currency, "15.00");
  }

  /** The acquirer's least card charge ({@link CardMinimum}): below it, a tab waits. */
  public Money chargeMinimum(Currency currency) {
    return CardMinimum.of(currency);
  }

  /** How long a tab may sit without a purchase before it is due ({@code penny.tab.idle-days}). */
  public Duration idle() {
    return Duration.ofDays(
        config().getOptionalValue("penny.tab.idle-days", Integer.class).orElse(30));
  }

  public Duration maxLineAge() {
    return Duration.ofHours(
        config().getOptionalValue("penny.tab.max-age-hours", Integer.class).orElse(72));
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
