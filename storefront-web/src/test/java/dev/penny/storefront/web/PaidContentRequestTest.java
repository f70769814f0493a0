package dev.penny.storefront.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How an article's address tells a machine client's Accept header from a browser's. */
class PaidContentRequestTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/json",
        "Application/JSON",
        "application/json; charset=utf-8",
        "application/json, text/html;q=0.1",
        "text/html;q=0.5, application/json;q=0.9",
        "application/problem+json, */*;q=0.1",
        "*/*;q=0.2, APPLICATION/Json"
      })
  void aClientThatPrefersJsonGetsJson(String accept) {
    assertThat(PaidContentRequest.prefersJson(accept)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "*/*",
        "text/html",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
        "text/html, application/json",
        "application/json;q=0.5, text/html",
        "application/json;q=0",
        "application/json;q=abc",
        "image/png",
        ""
      })
  void aBrowserOrAnUndecidedClientGetsThePage(String accept) {
    assertThat(PaidContentRequest.prefersJson(accept)).isFalse();
  }
}
