package dev.penny.checkout.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CardCipherTest {

  private static String key(int fill) {
    byte[] bytes = new byte[32];
    java.util.Arrays.fill(bytes, (byte) fill);
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static final VaultKeys FIRST = VaultKeys.parse("k1=" + key(1) + "\nactive=k1\n");
  private static final VaultKeys ROTATED =
      VaultKeys.parse("k1=" + key(1) + "\nk2=" + key(2) + "\nactive=k2\n");

  @Test
  void aSealedNumberOpensOnlyForItsOwnToken() {
    CardCipher cipher = new CardCipher(FIRST);
    CardCipher.Sealed sealed = cipher.seal(CardNumber.parse("4242424242424242"), "card_a");

    assertThat(sealed.keyId()).isEqualTo("k1");
    assertThat(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("4242");
    assertThat(cipher.open(sealed, "card_a").sameAs("4242424242424242")).isTrue();
    assertThatThrownBy(() -> cipher.open(sealed, "card_b"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageNotContaining("4242");
  }

  @Test
  void twoSealsOfOneNumberDifferAndAlteredCiphertextIsRefused() {
    CardCipher cipher = new CardCipher(FIRST);
    CardCipher.Sealed a = cipher.seal(CardNumber.parse("4242424242424242"), "t");
    CardCipher.Sealed b = cipher.seal(CardNumber.parse("4242424242424242"), "t");
    byte[] altered = a.ciphertext().clone();
    altered[0] ^= 1;

    assertThat(a.ciphertext()).isNotEqualTo(b.ciphertext());
    assertThatThrownBy(() -> cipher.open(new CardCipher.Sealed("k1", a.nonce(), altered), "t"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void afterRotationOldCardsOpenAndNewOnesUseTheNewKey() {
    CardCipher.Sealed old = new CardCipher(FIRST).seal(CardNumber.parse("4000000000000002"), "t");
    CardCipher rotated = new CardCipher(ROTATED);

    assertThat(rotated.needsRotation(old)).isTrue();
    CardCipher.Sealed fresh = rotated.seal(rotated.open(old, "t"), "t");
    assertThat(fresh.keyId()).isEqualTo("k2");
    assertThat(rotated.needsRotation(fresh)).isFalse();
    assertThat(rotated.open(fresh, "t").sameAs("4000000000000002")).isTrue();
  }

  @Test
  void keysMustBe256BitsAndNameTheActiveOne() {
    assertThatThrownBy(() -> VaultKeys.parse("k1=" + key(1))).hasMessageContaining("active");
    assertThatThrownBy(() -> VaultKeys.parse("k1=AAAA\nactive=k1")).hasMessageContaining("256");
  }
}
