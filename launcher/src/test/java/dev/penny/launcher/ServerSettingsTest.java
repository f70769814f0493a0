package dev.penny.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerSettingsTest {

  @Test
  void payarasOwnEndpointsAndHazelcastAreOffButMetricsAndTheServerIsNotNamed() {
    List<String> commands = flat(LauncherConfig.fromEnvironment(Map.of()));

    assertThat(commands)
        .anyMatch(c -> c.contains("hazelcast-config-specific-configuration.enabled=false"))
        .noneMatch(c -> c.contains("microprofile-metrics-configuration.enabled=false"))
        .anyMatch(c -> c.startsWith("set-microprofile-healthcheck-configuration --enabled=false"))
        .anyMatch(c -> c.startsWith("set-openapi-configuration --enabled=false"))
        .anyMatch(c -> c.endsWith(".server-header=false"))
        .anyMatch(c -> c.endsWith(".xpowered-by=false"))
        .anyMatch(c -> c.endsWith(".xframe-options=false"))
        // The request guard is installed as the listener's Comet add-on: Comet must stay on.
        .anyMatch(c -> c.endsWith(".comet-support-enabled=true"));
  }

  @Test
  void forwardedSchemeIsTrustedOnlyWhenThePublicAddressIsHttps() {
    assertThat(flat(LauncherConfig.fromEnvironment(Map.of())))
        .noneMatch(c -> c.contains("scheme-mapping"));
    assertThat(
            flat(
                LauncherConfig.fromEnvironment(Map.of("PENNY_PUBLIC_URL", "https://shop.example"))))
        .anyMatch(c -> c.endsWith(".scheme-mapping=X-Forwarded-Proto"));
  }

  private static List<String> flat(LauncherConfig config) {
    return ServerSettings.prebootCommands(config).stream().map(c -> String.join(" ", c)).toList();
  }
}
