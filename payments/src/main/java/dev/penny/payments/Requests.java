package dev.penny.payments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Fingerprints of money-moving requests: the same idempotency key must come with the same one. */
public final class Requests {

  private Requests() {}

  /** SHA-256 of the request's fields, joined unambiguously. */
  public static String fingerprint(Object... fields) {
    StringBuilder joined = new StringBuilder();
    for (Object field : fields) {
      String text = String.valueOf(field);
      joined.append(text.length()).append(':').append(text).append('|');
    }
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(joined.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
