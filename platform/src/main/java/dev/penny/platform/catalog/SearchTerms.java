package dev.penny.platform.catalog;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Shopper text as a full-text query: every word must match, as a word or the start of one ("grind"
 * finds "grinder"). Only letters and digits count, so no text can inject the boolean operators of
 * MariaDB's full-text syntax. Words the index does not hold are dropped: shorter than three
 * characters (InnoDB's minimum token size) and InnoDB's default stopwords.
 */
public final class SearchTerms {

  /** InnoDB's default full-text stopwords: never indexed, so a required one matches nothing. */
  private static final Set<String> STOPWORDS =
      Set.of(
          "a", "about", "an", "are", "as", "at", "be", "by", "com", "de", "en", "for", "from",
          "how", "i", "in", "is", "it", "la", "of", "on", "or", "that", "the", "this", "to", "was",
          "what", "when", "where", "who", "will", "with", "und", "www");

  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final int SHORTEST_WORD = 3;
  private static final int MOST_WORDS = 12;

  private SearchTerms() {}

  /** The boolean-mode query for {@code text}, or empty when no word of it can match. */
  public static Optional<String> booleanQuery(String text) {
    Set<String> words = new LinkedHashSet<>();
    for (String word : NOT_A_WORD.split(text.toLowerCase(Locale.ROOT))) {
      if (word.codePointCount(0, word.length()) >= SHORTEST_WORD && !STOPWORDS.contains(word)) {
        words.add(word);
      }
      if (words.size() == MOST_WORDS) {
        break;
      }
    }
    if (words.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder query = new StringBuilder();
    for (String word : words) {
      query.append(query.isEmpty() ? "" : " ").append('+').append(word).append('*');
    }
    return Optional.of(query.toString());
  }
}
