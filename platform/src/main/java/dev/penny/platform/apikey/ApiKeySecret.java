package dev.penny.platform.apikey;

import dev.penny.platform.crypto.Digests;
import dev.penny.platform.crypto.RandomTokens;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
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

  public static ApiKeySecret generate() {
    String lookupId = RandomTokens.urlSafe(9);
    return new ApiKeySecret(lookupId, "penny_" + lookupId + "_" + RandomTokens.urlSafe(24));
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
    return Digests.sha256Hex(text);
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
