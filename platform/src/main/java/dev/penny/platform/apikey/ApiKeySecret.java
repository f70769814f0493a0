package dev.penny.platform.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of an API key, {@code penny_<lookup id>_<secret>}: 12 characters that find the key by
 * index, then 32 random characters (192 bits). Only the SHA-256 of the whole text is stored; a
 * high-entropy secret needs no slow hash.
 */
public record ApiKeySecret(String lookupId, String text) {

  private static final Pattern SHAPE =
      Pattern.compile("penny_([A-Za-z0-9_-]{12})_([A-Za-z0-9_-]{32})");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  public static ApiKeySecret generate() {
    byte[] lookup = new byte[9];
    byte[] secret = new byte[24];
    RANDOM.nextBytes(lookup);
    RANDOM.nextBytes(secret);
    String lookupId = ENCODER.encodeToString(lookup);
    return new ApiKeySecret(lookupId, "penny_" + lookupId + "_" + ENCODER.encodeToString(secret));
  }

  /** Empty for anything that is not shaped like a key (the caller answers 401). */
  public static Optional<ApiKeySecret> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = SHAPE.matcher(text);
    return m.matches() ? Optional.of(new ApiKeySecret(m.group(1), text)) : Optional.empty();
  }

  public String hash() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /** Compares with a stored hash in constant time. */
  public boolean matches(String storedHash) {
    return MessageDigest.isEqual(
        hash().getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
  }

  /** Never the secret: logs and pages show the lookup id only. */
  @Override
  public String toString() {
    return "ApiKeySecret[" + lookupId + "]";
  }
}
