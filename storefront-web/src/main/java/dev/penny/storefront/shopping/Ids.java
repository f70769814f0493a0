package dev.penny.storefront.shopping;

import java.util.OptionalLong;

/** Ids as forms send them: a positive whole number of at most 18 digits, else nothing. */
public final class Ids {

  private Ids() {}

  public static OptionalLong parse(String text) {
    if (text == null || !text.matches("[1-9][0-9]{0,17}")) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Long.parseLong(text));
  }
}
