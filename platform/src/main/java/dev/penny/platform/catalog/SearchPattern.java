package dev.penny.platform.catalog;

import java.util.Locale;

/** Turns shopper text into a LIKE pattern that matches it literally ({@code !} escapes). */
final class SearchPattern {

  private SearchPattern() {}

  static String contains(String text) {
    String lowered = text.strip().toLowerCase(Locale.ROOT);
    StringBuilder pattern = new StringBuilder(lowered.length() + 2).append('%');
    for (char c : lowered.toCharArray()) {
      if (c == '%' || c == '_' || c == '!') {
        pattern.append('!');
      }
      pattern.append(c);
    }
    return pattern.append('%').toString();
  }
}
