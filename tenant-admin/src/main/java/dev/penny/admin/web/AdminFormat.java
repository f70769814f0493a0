package dev.penny.admin.web;

import dev.penny.money.Money;
import dev.penny.money.MoneyDisplay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How admin pages print amounts and times ({@code #{adminFormat.price(...)}}). */
@Named("adminFormat")
@ApplicationScoped
public class AdminFormat {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  public String price(Money money) {
    return MoneyDisplay.format(money, Locale.US);
  }

  public String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant);
  }
}
