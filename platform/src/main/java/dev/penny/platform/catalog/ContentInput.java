package dev.penny.platform.catalog;

import dev.penny.money.Money;
import dev.penny.platform.input.InputChecks;
import dev.penny.platform.problem.ErrorCode;
import java.time.Duration;
import java.util.Currency;

/**
 * A content item as typed: text, not yet checked. {@link #toDraft} applies the catalog's rules; a
 * time pass is optional (empty means the unlock is for good).
 */
public record ContentInput(
    String title,
    String slug,
    String teaser,
    String body,
    String unlockPrice,
    String timePassHours) {

  /**
   * The most an unlock may cost: what a micro-purchase may be (the payments module refuses more),
   * so that no item is published at a price nobody can pay.
   */
  public static final long MAX_UNLOCK_PRICE_MICROS = 100_000_000L;

  /** The checked item, or an {@code InvalidInputException} listing every problem. */
  public ContentService.ContentDraft toDraft(Currency currency, boolean isNew) {
    InputChecks checks = new InputChecks();
    String t = checks.text(title, "The title", 200);
    String s = isNew ? checks.slugOrFrom(slug, title) : slug;
    String tease = checks.text(teaser, "The teaser", 5_000);
    String b = checks.text(body, "The body", 1_000_000);
    Money price = checks.amount(unlockPrice, currency, "The unlock price", true);
    if (price != null && price.micros() > MAX_UNLOCK_PRICE_MICROS) {
      checks.problem(
          "The unlock price is at most "
              + Money.ofMicros(MAX_UNLOCK_PRICE_MICROS, currency).toPlainString()
              + ": a micro-purchase is paid from a wallet or a tab.");
      price = null;
    }
    Duration pass = null;
    if (timePassHours != null && !timePassHours.isBlank()) {
      Integer hours = checks.count(timePassHours, "The time pass (hours)", 24 * 366);
      if (hours != null && hours < 1) {
        checks.problem("A time pass lasts at least 1 hour; leave it empty to unlock for good.");
      } else if (hours != null) {
        pass = Duration.ofHours(hours);
      }
    }
    checks.orThrow(ErrorCode.INVALID_INPUT);
    return new ContentService.ContentDraft(s, t, tease, b, price, pass);
  }
}
