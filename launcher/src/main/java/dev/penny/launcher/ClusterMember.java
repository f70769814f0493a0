package dev.penny.launcher;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One server of a local cluster: the port its Hazelcast member listens on (loopback) and the ports
 * of all members, itself included. Payara's own defaults would look for members by multicast on the
 * first network card and keep no backup copies of sessions between members on one host; these
 * settings keep the cluster on loopback, found by TCP/IP, with a backup of every session on another
 * member.
 */
record ClusterMember(int port, List<Integer> memberPorts) {

  static final String CLUSTER_NAME = "penny";
  private static final String RUNTIME = "hazelcast-runtime-configuration.";
  private static final String HTTP_LISTENER_ADDRESS =
      "configs.config.server-config.network-config.network-listeners.network-listener"
          + ".http-listener.address";

  ClusterMember {
    memberPorts = List.copyOf(memberPorts);
    if (!memberPorts.contains(port)) {
      throw new IllegalArgumentException("A member's own port is among the members' ports");
    }
  }

  List<List<String>> commands() {
    String members =
        memberPorts.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
    return List.of(
        List.of("set", RUNTIME + "discovery-mode=tcpip"),
        // Every member by its own port: Hazelcast does not read a port range here.
        List.of("set", RUNTIME + "tcpip-members=" + members),
        List.of("set", RUNTIME + "interface=127.0.0.1"),
        List.of("set", RUNTIME + "start-port=" + port),
        List.of("set", RUNTIME + "auto-increment-port=false"),
        List.of("set", RUNTIME + "host-aware-partitioning=false"),
        List.of("set", RUNTIME + "cluster-group-name=" + CLUSTER_NAME),
        // Behind the local proxy, each server's HTTP port is for the proxy alone.
        List.of("set", HTTP_LISTENER_ADDRESS + "=127.0.0.1"));
  }
}
