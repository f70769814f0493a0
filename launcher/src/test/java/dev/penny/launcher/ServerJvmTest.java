package dev.penny.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerJvmTest {

  @Test
  void theLauncherStartsASecondJvmUnlessAskedForOne() {
    assertThat(ServerJvm.runHere(Map.of())).isFalse();
    assertThat(ServerJvm.runHere(Map.of("PENNY_SINGLE_JVM", "true"))).isTrue();
    assertThat(ServerJvm.runHere(Map.of("PENNY_SINGLE_JVM", "false"))).isFalse();
  }

  @Test
  void startTimeIsTheLaunchersProcessStartNotLater() {
    Instant start = ServerJvm.processStart();
    assertThat(start).isBeforeOrEqualTo(Instant.now());
    assertThat(start).isAfter(Instant.now().minusSeconds(24 * 3600));
  }
}
