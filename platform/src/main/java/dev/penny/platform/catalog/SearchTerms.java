package dev.penny.platform.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How text is cut into words for store search, the same for what is indexed and what a shopper
 * types: runs of letters and digits (any script), lower case, at least two characters, at most 40
 * (longer ones are cut). Nothing else of the text reaches a query, so no character of it can act as
 * a wildcard.
 */
public final class SearchTerms {

  static final int LONGEST_WORD = 40;
  private static final int SHORTEST_WORD = 2;
  private static final int MOST_QUERY_WORDS = 8;
  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private SearchTerms() {}

  /** The distinct words of {@code text}, in order. */
  public static List<String> words(String text) {
    Set<String> words = new LinkedHashSet<>();
    for (String word : NOT_A_WORD.split(text.toLowerCase(Locale.ROOT))) {
      if (word.codePointCount(0, word.length()) >= SHORTEST_WORD) {
        words.add(cut(word));
      }
    }
    return new ArrayList<>(words);
  }

  /** The words a search looks for: those of {@code text}, at most eight. */
  public static List<String> query(String text) {
    List<String> words = words(text);
    return words.size() > MOST_QUERY_WORDS ? words.subList(0, MOST_QUERY_WORDS) : words;
  }

  private static String cut(String word) {
    return word.codePointCount(0, word.length()) <= LONGEST_WORD
        ? word
        : word.substring(0, word.offsetByCodePoints(0, LONGEST_WORD));
  }
}
