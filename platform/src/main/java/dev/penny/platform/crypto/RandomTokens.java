package dev.penny.platform.crypto;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Secret random values: tokens for links and cookies, secrets of keys. */
public final class RandomTokens {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

  private RandomTokens() {}

  /** {@code count} random bytes. */
  public static byte[] bytes(int count) {
    byte[] bytes = new byte[count];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  /**
   * {@code count} random bytes as URL-safe Base64 without padding (32 bytes: 43 characters of
   * {@code [A-Za-z0-9_-]}).
   */
  public static String urlSafe(int count) {
    return URL_SAFE.encodeToString(bytes(count));
  }

  /** {@code count} random bytes as lower-case hex digits (twice as many). */
  public static String hex(int count) {
    return HexFormat.of().formatHex(bytes(count));
  }

  /**
   * A public id of a record: the prefix that names its kind and 88 random bits in hex, {@code
   * tch_0f3a…} (26 characters with a three-letter prefix, as the id columns hold).
   */
  public static String publicId(String prefix) {
    return prefix + hex(11);
  }

  /** Bytes as URL-safe Base64 without padding. */
  public static String urlSafe(byte[] bytes) {
    return URL_SAFE.encodeToString(bytes);
  }
}
