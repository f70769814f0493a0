package dev.penny.platform.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeySecretTest {

  @Test
  void aGeneratedKeyParsesBackAndMatchesItsHash() {
    ApiKeySecret secret = ApiKeySecret.generate();
    assertThat(secret.text()).startsWith("penny_" + secret.lookupId() + "_").hasSize(51);
    ApiKeySecret parsed = ApiKeySecret.parse(secret.text()).orElseThrow();
    assertThat(parsed.lookupId()).isEqualTo(secret.lookupId());
    assertThat(parsed.matches(secret.hash())).isTrue();
    assertThat(secret.hash()).hasSize(64).doesNotContain(secret.text());
  }

  @Test
  void anotherSecretWithTheSameLookupIdDoesNotMatch() {
    ApiKeySecret secret = ApiKeySecret.generate();
    String forged = secret.text().substring(0, secret.text().length() - 1) + "x";
    if (forged.equals(secret.text())) {
      forged = secret.text().substring(0, secret.text().length() - 1) + "y";
    }
    assertThat(ApiKeySecret.parse(forged).orElseThrow().matches(secret.hash())).isFalse();
  }

  @Test
  void malformedTextIsNoKey() {
    assertThat(ApiKeySecret.parse(null)).isEmpty();
    assertThat(ApiKeySecret.parse("")).isEmpty();
    assertThat(ApiKeySecret.parse("penny_short_secret")).isEmpty();
    assertThat(ApiKeySecret.parse("sk_live_" + "a".repeat(43))).isEmpty();
    String valid = ApiKeySecret.generate().text();
    assertThat(ApiKeySecret.parse(valid + "a")).isEmpty();
    assertThat(ApiKeySecret.parse(" " + valid)).isEmpty();
  }

  @Test
  void keysAreUniqueAndNeverPrinted() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      ApiKeySecret s = ApiKeySecret.generate();
      assertThat(seen.add(s.lookupId())).isTrue();
      assertThat(s.toString()).doesNotContain(s.text());
    }
  }
}
