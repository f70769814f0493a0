package dev.penny.storefront.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.penny.platform.problem.DomainException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListQueryTest {

  private static MultivaluedMap<String, String> params(String... pairs) {
    MultivaluedMap<String, String> map = new MultivaluedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.add(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  private static String code(Runnable call) {
    try {
      call.run();
    } catch (DomainException e) {
      assertThat(e.status()).isEqualTo(400);
      return e.code();
    }
    throw new AssertionError("expected a refusal");
  }

  @Test
  void defaultsToTwentyFromTheStart() {
    ListQuery query = ListQuery.from(params());
    assertThat(query.limit()).isEqualTo(20);
    assertThat(query.afterId()).isZero();
  }

  @Test
  void acceptsLimitsFromOneToAHundred() {
    assertThat(ListQuery.from(params("limit", "1")).limit()).isEqualTo(1);
    assertThat(ListQuery.from(params("limit", "100")).limit()).isEqualTo(100);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "101", "abc", "", "1.5", "0010", "99999999999", " 5"})
  void refusesOtherLimits(String limit) {
    assertThat(code(() -> ListQuery.from(params("limit", limit)))).isEqualTo("invalid_limit");
  }

  @Test
  void aCursorItIssuedLeadsOnFromThatId() {
    String cursor = ListQuery.cursorAfter(42);
    assertThat(ListQuery.from(params("cursor", cursor)).afterId()).isEqualTo(42);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "p1:12", "!!!", "cDE6MA", "cDE6LTE"})
  void refusesCursorsItDidNotIssue(String cursor) {
    assertThat(code(() -> ListQuery.from(params("cursor", cursor)))).isEqualTo("invalid_cursor");
  }

  @Test
  void refusesAForgedCursorPayload() {
    String forged =
        Base64.getUrlEncoder().encodeToString("p1:1 or 1=1".getBytes(StandardCharsets.US_ASCII));
    assertThat(code(() -> ListQuery.from(params("cursor", forged)))).isEqualTo("invalid_cursor");
  }

  @Test
  void refusesUnknownAndRepeatedParameters() {
    assertThat(code(() -> ListQuery.from(params("sort", "name")))).isEqualTo("unknown_parameter");
    assertThat(code(() -> ListQuery.from(params("limit", "5", "limit", "6"))))
        .isEqualTo("duplicate_parameter");
    assertThatThrownBy(() -> ListQuery.from(params("x".repeat(500), "1")))
        .hasMessageContaining("…")
        .hasMessageNotContaining("x".repeat(41));
  }
}
