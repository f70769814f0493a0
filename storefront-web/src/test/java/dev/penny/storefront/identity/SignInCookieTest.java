package dev.penny.storefront.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.platform.identity.SignedInSession;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SignInCookieTest {

  private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

  private final SignInCookie cookie =
      new SignInCookie(hmac("platform key"), false, v -> false, v -> {});

  private static SignedInSession shopper() {
    return new SignedInSession(
        "3f1c-subject",
        "shopper",
        Set.of("shopper", "merchant"),
        "Sam Shopper, Jr. & Co",
        "sam+penny@example.com",
        List.of("/tenants/demo-books/owner", "/tenants/odd,slug/staff"),
        "id-token-not-carried");
  }

  @Test
  void aCookieGivesBackTheSignInItWasMadeFromButNotTheToken() {
    String value = cookie.value(shopper(), NOW.plus(Duration.ofHours(1)));

    SignedInSession read = cookie.read(value, NOW).orElseThrow();

    assertThat(read.subject()).isEqualTo("3f1c-subject");
    assertThat(read.callerName()).isEqualTo("shopper");
    assertThat(read.groups()).containsExactlyInAnyOrder("shopper", "merchant");
    assertThat(read.name()).contains("Sam Shopper, Jr. & Co");
    assertThat(read.email()).contains("sam+penny@example.com");
    assertThat(read.tenantGroups())
        .containsExactlyInAnyOrder("/tenants/demo-books/owner", "/tenants/odd,slug/staff");
    assertThat(read.idToken()).isNull();
    assertThat(value).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
  }

  @Test
  void absentAndEmptyValuesStayWhatTheyWere() {
    SignedInSession bare =
        new SignedInSession("sub", "caller", Set.of(), null, "", List.of(), null);

    SignedInSession read = cookie.read(cookie.value(bare, NOW.plusSeconds(60)), NOW).orElseThrow();

    assertThat(read.name()).isEmpty();
    assertThat(read.email()).contains("");
    assertThat(read.groups()).isEmpty();
    assertThat(read.tenantGroups()).isEmpty();
  }

  @Test
  void anExpiredCookieOrOneMadeWithAnotherKeyIsNoSignIn() {
    String value = cookie.value(shopper(), NOW.plusSeconds(1));

    assertThat(cookie.read(value, NOW.plusSeconds(1))).isEmpty();
    assertThat(cookie.read(value, NOW.plusSeconds(3600))).isEmpty();
    assertThat(new SignInCookie(hmac("another key"), false, v -> false, v -> {}).read(value, NOW))
        .isEmpty();
  }

  @Test
  void twoSignInsInOneSecondAreTwoCookies() {
    String first = cookie.value(shopper(), NOW.plusSeconds(60));
    String second = cookie.value(shopper(), NOW.plusSeconds(60));

    assertThat(first).isNotEqualTo(second);
    assertThat(cookie.read(first, NOW)).isPresent();
    assertThat(cookie.read(second, NOW)).isPresent();
  }

  @Test
  void aCookieOfTheFirstVersionIsReadUntilItExpires() {
    String body =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                "v1\n1796292000\nsub-1\nada\n-\n-\nshopper\n".getBytes(StandardCharsets.UTF_8));
    String value =
        body
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(hmac("platform key").apply("sign-in-cookie\n" + body));

    assertThat(cookie.read(value, NOW)).map(SignedInSession::callerName).contains("ada");
    assertThat(cookie.read(value, Instant.ofEpochSecond(1796292000))).isEmpty();
  }

  @Property(tries = 300)
  void anyChangedCharacterMakesTheCookieWorthless(
      @ForAll @IntRange(min = 0, max = 10_000) int position, @ForAll char replacement) {
    String value = cookie.value(shopper(), NOW.plus(Duration.ofHours(1)));
    int at = position % value.length();
    if (value.charAt(at) == replacement) {
      return;
    }
    String changed = value.substring(0, at) + replacement + value.substring(at + 1);

    assertThat(cookie.read(changed, NOW)).isEmpty();
  }

  @Test
  void aForgedBodyWithoutTheKeyIsRefusedAndGarbageIsNoSignIn() {
    String body =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                "v1\n9999999999\nadmin\nplatform-admin\n\n\nplatform-admin\n"
                    .getBytes(StandardCharsets.UTF_8));
    String signature = cookie.value(shopper(), NOW.plusSeconds(60)).split("\\.")[1];

    assertThat(cookie.read(body + "." + signature, NOW)).isEmpty();
    for (String garbage : new String[] {"", ".", "abc", "a.b", "%%%.%%%", "x".repeat(5_000)}) {
      assertThat(cookie.read(garbage, NOW)).as(garbage).isEmpty();
    }
    assertThat(cookie.read(null, NOW)).isEmpty();
  }

  private static java.util.function.Function<String, byte[]> hmac(String key) {
    return message -> {
      try {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    };
  }
}
