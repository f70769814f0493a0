package dev.penny.platform.input;

import dev.penny.money.Money;
import dev.penny.money.MoneyException;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.problem.InvalidInputException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Reads text typed by a person or sent by a program into values, collecting a message for every
 * field that is not acceptable; the input is used only when the list stays empty ({@link
 * #orThrow}).
 */
public final class InputChecks {

  private final List<String> problems = new ArrayList<>();

  public List<String> problems() {
    return List.copyOf(problems);
  }

  public boolean ok() {
    return problems.isEmpty();
  }

  public void problem(String message) {
    problems.add(message);
  }

  /**
   * A required text of at most {@code max} characters, stripped: one that shows something (not only
   * spaces and invisible characters such as U+200B), with no control character and no direction
   * override, embedding or isolate (U+202A–U+202E, U+2066–U+2069), which would turn the text shown
   * after it around (a price beside a name ending in U+202E read backwards).
   */
  public String text(String value, String label, int max) {
    Optional<String> refused = refusal(value, label, max);
    if (refused.isPresent()) {
      problems.add(refused.get());
      return null;
    }
    return value.strip();
  }

  /**
   * Why {@code value} is not an acceptable required text of at most {@code max} characters (the
   * rules of {@link #text}); empty when it is. Entities apply it too, whatever form or API fed
   * them.
   */
  public static Optional<String> refusal(String value, String label, int max) {
    if (value == null || INVISIBLE.matcher(value).replaceAll("").isEmpty()) {
      return Optional.of(label + " is required.");
    }
    if (value.strip().length() > max) {
      return Optional.of(label + " is at most " + max + " characters.");
    }
    if (CONTROL.matcher(value).find()) {
      return Optional.of(label + " has a control character (such as NUL) that no text shows.");
    }
    if (max <= LABEL_LENGTH && DIRECTION.matcher(value).find()) {
      return Optional.of(
          label
              + " has a direction override (such as U+202E), which would reverse the text after"
              + " it; write right-to-left text as it is.");
    }
    return Optional.empty();
  }

  /** Whether {@code value} shows nothing: null, or only spaces and invisible characters. */
  public static boolean showsNothing(String value) {
    return value == null || INVISIBLE.matcher(value).replaceAll("").isEmpty();
  }

  /** C0 controls but tab, line feed and carriage return; DEL; C1 controls (such as NEL). */
  private static final java.util.regex.Pattern CONTROL =
      java.util.regex.Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

  /**
   * The longest text that is a label (a name, a title, a SKU, a summary, a tagline): shown inline,
   * beside other text, where a direction override would spill. Longer texts (descriptions, teasers,
   * bodies) are blocks of their own, where a right-to-left writer's embeddings are text.
   */
  public static final int LABEL_LENGTH = 1_000;

  /** Bidirectional embeddings, overrides and isolates (the marks U+200E and U+200F are fine). */
  private static final java.util.regex.Pattern DIRECTION =
      java.util.regex.Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");

  /**
   * What shows nothing: white space, separators, format characters (U+200B, U+FEFF, ...), the
   * fillers that render blank (Hangul fillers, the Braille blank, the combining grapheme joiner)
   * and variation selectors.
   */
  private static final java.util.regex.Pattern INVISIBLE =
      java.util.regex.Pattern.compile(
          "[\\s\\p{Z}\\p{Cf}\\u034F\\u115F\\u1160\\u2800\\u3164\\uFFA0\\uFE00-\\uFE0F]+");

  /** An optional text; empty (or only invisible characters) becomes null. */
  public String optionalText(String value, String label, int max) {
    if (showsNothing(value)) {
      return null;
    }
    return text(value, label, max);
  }

  /** An amount in the store's currency, zero or more (or above zero when {@code positive}). */
  public Money amount(String value, Currency currency, String label, boolean positive) {
    Money money;
    try {
      money = Money.parse(value == null ? "" : value.strip(), currency);
    } catch (MoneyException e) {
      // The parser's own words ("Not an amount: ''") are for logs, not for the person typing.
      problems.add(
          value == null || value.isBlank()
              ? label + " is required: an amount like 12.50."
              : label + " must be an amount like 12.50, with at most 6 decimals.");
      return null;
    }
    if (money.isNegative()) {
      problems.add(label + " cannot be negative.");
      return null;
    }
    if (positive && !money.isPositive()) {
      problems.add(label + " must be above zero.");
      return null;
    }
    return money;
  }

  /** A whole number from 0 to {@code max}. */
  public Integer count(String value, String label, int max) {
    String v = value == null ? "" : value.strip();
    if (!v.matches("-?\\d{1,10}")) {
      problems.add(label + " must be a whole number.");
      return null;
    }
    long n = Long.parseLong(v);
    if (n < 0) {
      problems.add(label + " cannot be below zero.");
      return null;
    }
    if (n > max) {
      problems.add(label + " is at most " + max + ".");
      return null;
    }
    return (int) n;
  }

  /** A slug for a product or content item: lowercase letters, digits and single hyphens. */
  public String slug(String value, String label) {
    String v = value == null ? "" : value.strip();
    if (!CatalogText.isSlug(v)) {
      problems.add(label + " is 1 to 60 lowercase letters, digits and single hyphens.");
      return null;
    }
    return v;
  }

  /** An id chosen from a list; empty means none. */
  public Optional<Long> optionalId(String value, String label) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    if (!value.strip().matches("[1-9][0-9]{0,17}")) {
      problems.add(label + " is not one of the choices.");
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(value.strip()));
  }

  /** A suggested slug from a name: "Dark Roast, 1kg" → "dark-roast-1kg". */
  /** The typed address name, or one made from {@code name} when none was typed; checked. */
  /**
   * The typed address name, or one made from the name. A name with no Latin letter or digit in it
   * (Лев, مرحبا, 東京) gives none, so it gets a short random one ({@code item-3f9a2c}), which the
   * merchant may change: a name in any script is saved as written.
   */
  public String slugOrFrom(String typedSlug, String name) {
    if (typedSlug != null && !typedSlug.isBlank()) {
      return slug(typedSlug, "The address name");
    }
    String made = slugFrom(name);
    return slug(
        made.isEmpty() ? "item-" + dev.penny.platform.crypto.RandomTokens.hex(3) : made,
        "The address name");
  }

  public static String slugFrom(String name) {
    String s =
        java.text.Normalizer.normalize(name == null ? "" : name, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(java.util.Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    return s.length() > 60 ? s.substring(0, 60).replaceAll("-+$", "") : s;
  }

  /** Throws an {@link InvalidInputException} listing every problem, if there is one. */
  public void orThrow(ErrorCode code) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(code, problems);
    }
  }
}
