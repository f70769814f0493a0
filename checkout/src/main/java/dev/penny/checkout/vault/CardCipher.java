package dev.penny.checkout.vault;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM over a card number: a fresh 96-bit nonce per encryption, the card's token as
 * associated data (a ciphertext copied onto another card's row does not decrypt), the key id kept
 * beside the ciphertext so that keys can be rotated.
 */
public final class CardCipher {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final VaultKeys keys;

  public CardCipher(VaultKeys keys) {
    this.keys = keys;
  }

  /** A card number sealed under the active key. */
  public record Sealed(String keyId, byte[] nonce, byte[] ciphertext) {}

  public Sealed seal(CardNumber number, String token) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    char[] digits = number.digits();
    ByteBuffer plain = StandardCharsets.US_ASCII.encode(CharBuffer.wrap(digits));
    Arrays.fill(digits, '0');
    byte[] bytes = new byte[plain.remaining()];
    plain.get(bytes);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, keys.active(), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(token.getBytes(StandardCharsets.US_ASCII));
      return new Sealed(keys.activeId(), nonce, cipher.doFinal(bytes));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  /** The card number {@code sealed} holds; fails if it was altered or moved to another token. */
  public CardNumber open(Sealed sealed, String token) {
    SecretKey key =
        keys.byId(sealed.keyId())
            .orElseThrow(() -> new IllegalStateException("No vault key " + sealed.keyId()));
    byte[] bytes = null;
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed.nonce()));
      cipher.updateAAD(token.getBytes(StandardCharsets.US_ASCII));
      bytes = cipher.doFinal(sealed.ciphertext());
      char[] digits = new char[bytes.length];
      for (int i = 0; i < bytes.length; i++) {
        digits[i] = (char) bytes[i];
      }
      return CardNumber.ofDecrypted(digits);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("A vault entry does not decrypt (altered or moved)");
    } finally {
      if (bytes != null) {
        Arrays.fill(bytes, (byte) 0);
      }
    }
  }

  /** Whether {@code sealed} is under an older key than the active one. */
  public boolean needsRotation(Sealed sealed) {
    return !sealed.keyId().equals(keys.activeId());
  }
}
