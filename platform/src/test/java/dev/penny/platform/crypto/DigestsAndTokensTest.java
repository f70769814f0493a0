package dev.penny.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DigestsAndTokensTest {

  @Test
  void sha256MatchesTheStandardsTestVectors() {
    // FIPS 180-2, appendix B.1 and the empty message.
    assertThat(Digests.sha256Hex("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(Digests.sha256Hex(""))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void textIsDigestedAsUtf8() {
    assertThat(Digests.sha256Hex("café"))
        .isEqualTo(Digests.sha256Hex("café".getBytes(StandardCharsets.UTF_8)))
        .isNotEqualTo(Digests.sha256Hex("café".getBytes(StandardCharsets.ISO_8859_1)));
    assertThat(Digests.sha256("x")).hasSize(32);
  }

  @Test
  void tokensHaveTheirShapeAndDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      String token = RandomTokens.urlSafe(32);
      assertThat(token).matches("[A-Za-z0-9_-]{43}");
      assertThat(seen.add(token)).isTrue();
    }
    assertThat(RandomTokens.hex(12)).matches("[0-9a-f]{24}");
    assertThat(RandomTokens.publicId("tch_")).matches("tch_[0-9a-f]{22}").hasSize(26);
    assertThat(RandomTokens.bytes(16)).hasSize(16);
  }
}
