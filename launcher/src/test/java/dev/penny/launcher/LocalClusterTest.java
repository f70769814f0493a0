package dev.penny.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalClusterTest {

  @Test
  void oneServerIsNoClusterAndTheDefault() {
    assertThat(LocalCluster.fromEnvironment(Map.of(), 8080)).isEmpty();
    assertThat(LocalCluster.fromEnvironment(Map.of("PENNY_SERVERS", "1"), 8080)).isEmpty();
  }

  @Test
  void serversListenAfterPennysPortAndFindEachOtherOnLoopback() {
    LocalCluster cluster =
        LocalCluster.fromEnvironment(Map.of("PENNY_SERVERS", "3"), 8080).orElseThrow();

    assertThat(cluster.serverPorts()).containsExactly(8081, 8082, 8083);
    ClusterMember second = cluster.member(1);
    assertThat(second.port()).isEqualTo(6901);
    assertThat(second.memberPorts()).containsExactly(6900, 6901, 6902);
    assertThat(second.commands())
        .contains(
            List.of("set", "hazelcast-runtime-configuration.discovery-mode=tcpip"),
            List.of(
                "set",
                "hazelcast-runtime-configuration.tcpip-members="
                    + "127.0.0.1:6900,127.0.0.1:6901,127.0.0.1:6902"),
            List.of("set", "hazelcast-runtime-configuration.interface=127.0.0.1"),
            List.of("set", "hazelcast-runtime-configuration.host-aware-partitioning=false"));
  }

  @Test
  void aBadCountOrPortIsRefusedByName() {
    for (String servers : new String[] {"0", "9", "two", "-1", ""}) {
      assertThatThrownBy(() -> LocalCluster.fromEnvironment(Map.of("PENNY_SERVERS", servers), 8080))
          .as(servers)
          .isInstanceOf(LaunchException.class)
          .hasMessageContaining("PENNY_SERVERS");
    }
    assertThatThrownBy(
            () ->
                LocalCluster.fromEnvironment(
                    Map.of("PENNY_SERVERS", "2", "PENNY_CLUSTER_PORT", "80"), 8080))
        .isInstanceOf(LaunchException.class)
        .hasMessageContaining("PENNY_CLUSTER_PORT");
  }
}
