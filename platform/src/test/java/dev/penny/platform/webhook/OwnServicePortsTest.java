package dev.penny.platform.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.penny.platform.problem.InvalidInputException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OwnServicePortsTest {

  private static final Map<String, String> LAUNCHER =
      Map.of(
          "penny.public-url", "http://localhost:8080",
          "penny.checkout.url", "http://pay.localhost:8080",
          "penny.checkout.api-url", "http://127.0.0.1:8081/checkout/api/v1",
          "penny.oidc.issuer", "http://localhost:8180/realms/penny",
          "penny.db.url", "jdbc:mariadb://127.0.0.1:33061/penny?useSsl=false",
          "penny.vault.db.url", "jdbc:mariadb://localhost/vault",
          "penny.smtp.port", "2525",
          "penny.sandbox.imap-port", "1143",
          "penny.own-ports", "8080,8081,8082,5900, 5901,nonsense");

  @Test
  void everyServiceOfTheLauncherIsNamed() {
    assertThat(OwnServicePorts.of(name -> Optional.ofNullable(LAUNCHER.get(name))))
        .containsExactlyInAnyOrder(8080, 8081, 8082, 8180, 33061, 3306, 2525, 1143, 5900, 5901);
  }

  @Test
  void noSettingsNameNoPorts() {
    assertThat(OwnServicePorts.of(name -> Optional.empty())).isEmpty();
    assertThat(OwnServicePorts.of(name -> Optional.of("not an address"))).isEmpty();
  }

  @Test
  void aJdbcAddressNamesItsPortOrMariaDbsDefault() {
    assertThat(OwnServicePorts.jdbcPort("jdbc:mariadb://db:3307/penny")).contains(3307);
    assertThat(OwnServicePorts.jdbcPort("jdbc:mariadb://[::1]:3308/penny")).contains(3308);
    assertThat(OwnServicePorts.jdbcPort("jdbc:mariadb://db/penny")).contains(3306);
    assertThat(OwnServicePorts.jdbcPort("jdbc:h2:mem:x")).isEmpty();
  }

  private final WebhookEndpoints sandbox =
      new WebhookEndpoints(
          Clock.systemUTC(),
          "http://localhost:8080",
          new WebhookAddressRule(true),
          Set.of(8180, 33061, 2525));

  /** Where private networks are allowed, this machine is still not reachable on Penny's ports. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:8180/realms/master",
        "http://localhost:8180/",
        "http://localhost:8080/hooks",
        "http://[::1]:33061/",
        "http://2130706433:2525/",
        "http://127.0.0.1:8080/api",
      })
  void aSandboxRefusesPennysOwnServices(String url) {
    assertThatThrownBy(() -> sandbox.check(url))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Penny itself");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:9876/hooks",
        "http://127.0.0.1:18180/hooks",
        "http://localhost:12345/hooks"
      })
  void aSandboxTakesAReceiverOnAnotherPortOfThisMachine(String url) {
    assertThat(sandbox.check(url).toString()).isEqualTo(url);
  }
}
