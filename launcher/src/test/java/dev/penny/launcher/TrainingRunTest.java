package dev.penny.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TrainingRunTest {

  @Test
  void isRequestedOnlyByItsVariable() {
    assertThat(TrainingRun.requested(Map.of())).isFalse();
    assertThat(TrainingRun.requested(Map.of("PENNY_TRAINING_RUN", "true"))).isTrue();
  }

  @Test
  void startsTheEmbeddedStackOnFreePortsWhateverTheUserSet() {
    Map<String, String> env =
        TrainingRun.environment(
            Map.of(
                "PENNY_HTTP_PORT", "8080",
                "PENNY_DB_URL", "jdbc:mysql://db/penny",
                "PENNY_OIDC_URL", "https://id.example/realms/penny",
                "PENNY_DATA_DIR", "/build/training-data"));

    LauncherConfig config = LauncherConfig.fromEnvironment(env);
    assertThat(config.externalDatabase()).isEmpty();
    assertThat(config.externalIdentityProvider()).isEmpty();
    assertThat(Ports.isFree(config.httpPort())).isTrue();
    assertThat(Ports.isFree(config.keycloakPort())).isTrue();
    assertThat(config.dataDir()).hasToString("/build/training-data");
  }
}
