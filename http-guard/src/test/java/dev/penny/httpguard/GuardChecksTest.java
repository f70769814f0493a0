package dev.penny.httpguard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GuardChecksTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/s/demo-books/%zz",
        "/s/demo-books/%",
        "/s/demo-books/%4",
        "/api/v1/stores/%g0",
        "/s/x/%00",
        "/s/x/%2F..%2Fetc",
        "/s/x/%5c",
        "/s/x/%C3%28",
        "/s/x/%FF",
        "/s/x/\0"
      })
  void aBrokenOrDangerousPathIsRefused(String path) {
    assertThat(GuardChecks.check("GET", List.of("localhost:8080"), path))
        .contains(GuardChecks.Refusal.MALFORMED_PATH);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/..",
        "/api/v1/stores/demo-books/products/..",
        "/s/x/%2e%2e/y",
        "/s/x/%2E/y",
        "/s/x/./y",
        "/s/x/..;a=b/y",
        "/s/x/.%2e/WEB-INF/web.xml"
      })
  void aDotSegmentIsRefused(String path) {
    assertThat(GuardChecks.check("GET", List.of("localhost:8080"), path))
        .contains(GuardChecks.Refusal.DOT_SEGMENT);
    String longer = "/api/v1/stores/demo-books/" + "z".repeat(3_000) + path;
    assertThat(GuardChecks.check("GET", List.of("localhost:8080"), longer))
        .contains(GuardChecks.Refusal.DOT_SEGMENT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/s/demo-books/",
        "/s/demo-books/p/caf%C3%A9",
        "/s/demo-books/search",
        "/api/v1/stores/demo-books/products",
        "/s/x/a..b/.../.well-known/x.",
        "/s/x/;jsessionid=1"
      })
  void aWellFormedPathPasses(String path) {
    assertThat(GuardChecks.check("GET", List.of("demo-books.localhost:8080"), path)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "a b", "exa_mple.com", "-x.com", "[::1", "host:port", "é.com"})
  void aMalformedHostIsRefused(String host) {
    assertThat(GuardChecks.check("GET", List.of(host), "/"))
        .contains(GuardChecks.Refusal.INVALID_HOST);
  }

  @ParameterizedTest
  @ValueSource(strings = {"localhost", "127.0.0.1:8080", "[::1]:8080", "shop.example.com."})
  void aHostNameOrAddressPasses(String host) {
    assertThat(GuardChecks.check("GET", List.of(host), "/")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"FOO", "get", "PROPFIND", "MKCOL", "BREW", "PRI"})
  void aMethodPennyDoesNotServeIsRefusedByName(String method) {
    assertThat(GuardChecks.check(method, List.of("localhost"), "/ops/ping"))
        .contains(GuardChecks.Refusal.UNKNOWN_METHOD);
    assertThat(GuardChecks.check(method, List.of("localhost"), "/api/v1/stores/x/products"))
        .contains(GuardChecks.Refusal.UNKNOWN_METHOD);
  }

  @ParameterizedTest
  @ValueSource(strings = {"PUT", "PATCH", "DELETE"})
  void putPatchAndDeleteAreTheApisAlone(String method) {
    for (String page :
        new String[] {"/health", "/ops/ping", "/signin", "/s/demo-books/", "/", "/resources/x"}) {
      assertThat(GuardChecks.check(method, List.of("localhost"), page))
          .as(page)
          .contains(GuardChecks.Refusal.API_METHOD_ON_PAGE);
    }
    assertThat(GuardChecks.check(method, List.of("localhost"), "/api/v1/stores/x/products/1"))
        .isEmpty();
    assertThat(GuardChecks.check(method, List.of("localhost"), "/checkout/api/v1/payments/p"))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "HEAD", "POST", "OPTIONS"})
  void pagesMethodsPass(String method) {
    assertThat(GuardChecks.check(method, List.of("localhost"), "/health")).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void noHostOrTwoHostsAndTraceAreRefused() {
    assertThat(GuardChecks.check("GET", List.of(), "/")).contains(GuardChecks.Refusal.INVALID_HOST);
    assertThat(GuardChecks.check("GET", List.of("a.com", "b.com"), "/"))
        .contains(GuardChecks.Refusal.INVALID_HOST);
    assertThat(GuardChecks.check("TRACE", List.of("localhost"), "/"))
        .contains(GuardChecks.Refusal.TRACE);
    assertThat(GuardChecks.check("CONNECT", List.of("localhost"), "localhost:443"))
        .contains(GuardChecks.Refusal.CONNECT);
    assertThat(GuardChecks.check("GET", List.of("localhost"), "s/demo-books/"))
        .contains(GuardChecks.Refusal.MALFORMED_PATH);
    assertThat(GuardChecks.check("OPTIONS", List.of("localhost"), "*")).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void apiPathsGetProblemJsonWithAStableCode() {
    assertThat(RequestGuardFilter.isApiPath("/api/v1/stores/x")).isTrue();
    assertThat(RequestGuardFilter.isApiPath("/checkout/api/v1/payments")).isTrue();
    assertThat(RequestGuardFilter.isApiPath("/apiary")).isFalse();
    assertThat(RequestGuardFilter.problem(GuardChecks.Refusal.MALFORMED_PATH))
        .startsWith("{\"type\":\"https://penny.dev/problems/malformed-request\"")
        .contains("\"status\":400", "\"code\":\"malformed_request\"");
    assertThat(RequestGuardFilter.problem(GuardChecks.Refusal.TRACE))
        .contains("\"status\":405", "\"code\":\"method_not_allowed\"");
  }

  @org.junit.jupiter.api.Test
  void aDirectoryWithoutItsSlashIsSentToItAsAPath() {
    org.assertj.core.api.Assertions.assertThat(GuardChecks.directoryRedirect("GET", "/checkout"))
        .contains("/checkout/");
    org.assertj.core.api.Assertions.assertThat(
            GuardChecks.directoryRedirect("HEAD", "/resources/js?v=1"))
        .contains("/resources/js/?v=1");
    org.assertj.core.api.Assertions.assertThat(GuardChecks.directoryRedirect("POST", "/checkout"))
        .isEmpty();
    org.assertj.core.api.Assertions.assertThat(GuardChecks.directoryRedirect("GET", "/checkout/"))
        .isEmpty();
    org.assertj.core.api.Assertions.assertThat(GuardChecks.directoryRedirect("GET", "/s/demo"))
        .isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aQueryThatIsNotUtf8OrAnOversizedFormIsRefused() {
    assertThat(GuardChecks.checkQueryAndForm("q=\u00ff", null, -1))
        .contains(GuardChecks.Refusal.MALFORMED_QUERY);
    assertThat(GuardChecks.checkQueryAndForm("x=\u00c3\u0028", null, -1))
        .contains(GuardChecks.Refusal.MALFORMED_QUERY);
    // "é" sent raw as UTF-8 (two bytes), and percent-encoded: both are UTF-8.
    assertThat(GuardChecks.checkQueryAndForm("q=caf\u00c3\u00a9", null, -1)).isEmpty();
    assertThat(GuardChecks.checkQueryAndForm("q=%FF", null, -1)).isEmpty();
    assertThat(
            GuardChecks.checkQueryAndForm(
                null, "application/x-www-form-urlencoded; charset=UTF-8", 2_097_153))
        .contains(GuardChecks.Refusal.FORM_TOO_LARGE);
    assertThat(GuardChecks.checkQueryAndForm(null, "application/x-www-form-urlencoded", 2_097_152))
        .isEmpty();
    assertThat(GuardChecks.checkQueryAndForm(null, "application/json", 5_000_000)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/checkout;x", "/checkout%3Bx", "//checkout", "///checkout", "/checkout;"})
  void aDirectoryWrittenOddlyIsStillRedirectedAsAPath(String path) {
    assertThat(GuardChecks.directoryRedirect("GET", path)).contains("/checkout/");
  }

  @org.junit.jupiter.api.Test
  void aHeaderSentOnceMayNotBeRepeated() {
    java.util.Map<String, Integer> counts = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    counts.put("Accept", 3);
    counts.put("Cookie", 2);
    counts.put("Authorization", 1);
    assertThat(GuardChecks.checkSingleHeaders(name -> counts.getOrDefault(name, 0))).isEmpty();
    for (String name : GuardChecks.SINGLE_HEADERS) {
      java.util.Map<String, Integer> twice = new java.util.TreeMap<>(counts);
      twice.put(name.toLowerCase(java.util.Locale.ROOT), 2);
      java.util.Map<String, Integer> lookup =
          new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      lookup.putAll(twice);
      assertThat(GuardChecks.checkSingleHeaders(n -> lookup.getOrDefault(n, 0)))
          .as(name)
          .contains(GuardChecks.Refusal.REPEATED_HEADER);
    }
  }
}
