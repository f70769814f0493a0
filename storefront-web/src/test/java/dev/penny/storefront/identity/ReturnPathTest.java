package dev.penny.storefront.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnPathTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"/", "/s/demo-books/", "/s/demo-books/p/12", "/s/demo-books/search?q=salt"})
  void keepsPathsOnThisServer(String path) {
    assertThat(ReturnPath.sanitize(path)).isEqualTo(path);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://evil.example/", "//evil.example/", "/\\\\evil.example", "javascript:alert(1)",
        "s/demo-books", "", "/s/<script>", "/a b"
      })
  void sendsEverythingElseHome(String candidate) {
    assertThat(ReturnPath.sanitize(candidate)).isEqualTo("/");
  }

  @org.junit.jupiter.api.Test
  void aMissingReturnGoesHome() {
    assertThat(ReturnPath.sanitize(null)).isEqualTo("/");
  }
}
