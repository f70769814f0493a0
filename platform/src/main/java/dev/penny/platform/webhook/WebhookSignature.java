package dev.penny.platform.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Penny-Signature} header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">},
 * with one {@code v1} per secret in force (two for a day after a rotation). A receiver recomputes
 * the HMAC over the timestamp, a dot and the raw body with its secret, compares in constant time,
 * and refuses a timestamp more than five minutes away (a replay).
 */
public final class WebhookSignature {

  /** How far a timestamp may be from the receiver's clock. */
  public static final long TOLERANCE_SECONDS = 300;

  private WebhookSignature() {}

  public static String header(long unixSeconds, String body, List<String> secrets) {
    StringBuilder header = new StringBuilder("t=").append(unixSeconds);
    for (String secret : secrets) {
      header.append(",v1=").append(hmac(secret, unixSeconds + "." + body));
    }
    return header.toString();
  }

  /** Whether {@code header} signs {@code body} with {@code secret} within the tolerance of now. */
  public static boolean verify(String header, String body, String secret, long nowSeconds) {
    return signed(header, body, List.of(secret), nowSeconds).isPresent();
  }

  /**
   * What of {@code header} signs {@code body} with one of {@code secrets} within the tolerance of
   * now, as {@code t=<timestamp>,v1=<signature>}: the same signature whatever else the header
   * carries (parts repeated, added or reordered), so that a replay is known by it. Empty when
   * nothing in the header does.
   */
  public static Optional<String> signed(
      String header, String body, List<String> secrets, long nowSeconds) {
    if (header == null) {
      return Optional.empty();
    }
    long timestamp = -1;
    for (String part : header.split(",")) {
      if (part.startsWith("t=") && part.substring(2).matches("[0-9]{1,12}")) {
        if (timestamp >= 0) {
          return Optional.empty(); // two timestamps: which one was signed is not said
        }
        timestamp = Long.parseLong(part.substring(2));
      }
    }
    if (timestamp < 0 || Math.abs(nowSeconds - timestamp) > TOLERANCE_SECONDS) {
      return Optional.empty();
    }
    for (String secret : secrets) {
      byte[] expected = hmac(secret, timestamp + "." + body).getBytes(StandardCharsets.US_ASCII);
      for (String part : header.split(",")) {
        if (part.startsWith("v1=")
            && MessageDigest.isEqual(
                expected, part.substring(3).getBytes(StandardCharsets.US_ASCII))) {
          return Optional.of("t=" + timestamp + ",v1=" + part.substring(3));
        }
      }
    }
    return Optional.empty();
  }

  static String hmac(String secret, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
