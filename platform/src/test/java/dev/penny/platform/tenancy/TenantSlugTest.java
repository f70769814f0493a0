package dev.penny.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantSlugTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abc",
        "demo-books",
        "a1b",
        "store-2024",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
      })
  void wellFormedSlugs(String slug) {
    assertThat(TenantSlug.isWellFormed(slug)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "ab",
        "Abc",
        "1abc",
        "-abc",
        "abc-",
        "a--b",
        "a_b",
        "a b",
        "ab.c",
        "é-store",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
      })
  void malformedSlugs(String slug) {
    assertThat(TenantSlug.isWellFormed(slug)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"admin", "api", "www", "checkout", "platform"})
  void reservedWordsAreNoStoreNames(String slug) {
    assertThat(TenantSlug.isWellFormed(slug)).isTrue();
    assertThat(TenantSlug.isAcceptableForNewStore(slug)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"demo-books", "kaffee"})
  void ordinaryNamesAreAcceptable(String slug) {
    assertThat(TenantSlug.isAcceptableForNewStore(slug)).isTrue();
  }
}
