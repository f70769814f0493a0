package dev.penny.cart.coupon;

import dev.penny.money.Money;
import dev.penny.platform.problem.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a merchant asks for when making a coupon, checked all at once (every problem is reported
 * together). Codes are case-insensitive: they are kept in upper case.
 */
public record CouponTerms(
    String code,
    CouponKind kind,
    int percentPpm,
    Optional<Money> amount,
    Money minimumSubtotal,
    Optional<Instant> expiresAt,
    OptionalInt usageLimit) {

  public static final int MAX_USAGE_LIMIT = 1_000_000;

  public CouponTerms {
    List<String> problems = new ArrayList<>();
    code = normalise(code);
    if (!code.matches("[A-Z0-9][A-Z0-9_-]{2,39}")) {
      problems.add("A code is 3 to 40 letters, digits, '-' or '_'.");
    }
    if (kind == null) {
      problems.add("Choose a percentage or an amount off.");
    } else if (kind == CouponKind.PERCENT && (percentPpm <= 0 || percentPpm > 1_000_000)) {
      problems.add("A percentage off is above 0 and at most 100.");
    } else if (kind == CouponKind.AMOUNT && (amount.isEmpty() || !amount.get().isPositive())) {
      problems.add("An amount off is above zero.");
    }
    if (minimumSubtotal.isNegative()) {
      problems.add("A minimum subtotal cannot be negative.");
    }
    if (amount.isPresent() && !amount.get().currency().equals(minimumSubtotal.currency())) {
      problems.add("Amounts are in the store's currency.");
    }
    if (usageLimit.isPresent()
        && (usageLimit.getAsInt() < 1 || usageLimit.getAsInt() > MAX_USAGE_LIMIT)) {
      problems.add("A usage limit is from 1 to " + MAX_USAGE_LIMIT + ".");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(dev.penny.platform.problem.ErrorCode.INVALID_INPUT, problems);
    }
  }

  /** A code as a shopper may type it: trimmed, upper case. */
  public static String normalise(String code) {
    // As the database compares them (its collation ignores invisible characters and reads
    // full-width letters as the plain ones): "WELCOME10\u200b" and "ＷＥＬＣＯＭＥ10" are
    // WELCOME10, and the cart shows that, not what was typed.
    return code == null
        ? ""
        : java.text.Normalizer.normalize(code, java.text.Normalizer.Form.NFKC)
            .replaceAll("\\p{Cf}", "")
            .strip()
            .toUpperCase(Locale.ROOT);
  }
}
