package dev.penny.payments.spending;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The platform's key for spending keys and payment nonces ({@code penny.payments.key}, base64, at
 * least 32 bytes; the launcher keeps one in its data folder). A key's secret is {@code
 * HMAC-SHA256(platform key, key id)}: nothing secret is stored, and a leaked database reveals none.
 * Without a configured key a random one is made, so keys and nonces last until the server stops.
 */
@ApplicationScoped
public class SpendingKeySecrets {

  private static final Logger LOG = Logger.getLogger(SpendingKeySecrets.class.getName());
  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

  private final byte[] platformKey;

  public SpendingKeySecrets() {
    this(
        ConfigProvider.getConfig()
            .getOptionalValue("penny.payments.key", String.class)
            .map(k -> Base64.getDecoder().decode(k.strip())));
  }

  SpendingKeySecrets(Optional<byte[]> configured) {
    if (configured.isPresent() && configured.get().length >= 32) {
      platformKey = configured.get();
    } else {
      LOG.warning(
          "penny.payments.key is not set (or shorter than 32 bytes): spending keys and payment"
              + " nonces made now stop working when this server stops.");
      platformKey = new byte[32];
      new SecureRandom().nextBytes(platformKey);
    }
  }

  /** The secret of the key {@code spk_<hex>}: {@code sks_<hex>_<mac>}. */
  public String secretOf(String publicId) {
    String hex = publicId.substring("spk_".length());
    return "sks_" + hex + "_" + URL.encodeToString(mac("spending-key\n" + publicId));
  }

  /** The key id a secret names, if it has the shape of one. */
  public static Optional<String> keyIdOf(String secret) {
    if (secret == null || !secret.matches("sks_[0-9a-f]{24}_[A-Za-z0-9_-]{43}")) {
      return Optional.empty();
    }
    return Optional.of("spk_" + secret.substring(4, 28));
  }

  /** Whether {@code secret} is the key's secret (compared in constant time). */
  public boolean matches(String publicId, String secret) {
    return MessageDigest.isEqual(
        secretOf(publicId).getBytes(StandardCharsets.US_ASCII),
        secret.getBytes(StandardCharsets.US_ASCII));
  }

  /** HMAC-SHA256 under the platform key (nonces are made with it too). */
  public byte[] mac(String message) {
    return hmac(platformKey, message);
  }

  /** HMAC-SHA256 of {@code message} under the key's secret: what a client signs with. */
  public byte[] signWithSecret(String secret, String message) {
    return hmac(secret.getBytes(StandardCharsets.US_ASCII), message);
  }

  static byte[] hmac(byte[] key, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
