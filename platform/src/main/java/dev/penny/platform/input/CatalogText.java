package dev.penny.platform.input;

import dev.penny.platform.problem.InvalidInputException;
import java.util.regex.Pattern;

/** Checks for the text fields of catalog entities, shared so that every entity reads alike. */
public final class CatalogText {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){0,59}");

  private CatalogText() {}

  /** True for a slug a product, category or content item may have. */
  public static boolean isSlug(String value) {
    return value != null && SLUG.matcher(value).matches();
  }

  /** A required text, stripped, by {@link InputChecks#refusal}'s rules. */
  public static String required(String value, String field, int maxLength) {
    java.util.Optional<String> refused = InputChecks.refusal(value, "The " + field, maxLength);
    if (refused.isPresent()) {
      throw new InvalidInputException(refused.get());
    }
    return value.strip();
  }

  public static String optional(String value, int maxLength, String field) {
    if (InputChecks.showsNothing(value)) {
      return null;
    }
    return required(value, field, maxLength);
  }

  public static String slug(String value) {
    if (!isSlug(value)) {
      throw new InvalidInputException(
          "A slug is 1 to 60 lowercase letters, digits and single hyphens");
    }
    return value;
  }
}
