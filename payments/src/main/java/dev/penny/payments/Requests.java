package dev.penny.payments;

import dev.penny.platform.idempotency.IdempotencyKeys;

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
    return IdempotencyKeys.hash(joined.toString());
  }
}
