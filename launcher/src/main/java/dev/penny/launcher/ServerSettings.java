package dev.penny.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The asadmin commands Payara Micro runs before it boots: what Penny switches off, and how its one
 * public listener behaves. Each command is its name and arguments.
 */
final class ServerSettings {

  private static final String HTTP_LISTENER =
      "configs.config.server-config.network-config.protocols.protocol.http-listener.http";

  private ServerSettings() {}

  static List<List<String>> prebootCommands(LauncherConfig config) {
    return prebootCommands(config.publicUrl(), Optional.empty());
  }

  /**
   * The commands for one server: alone (Hazelcast off), or a member of a local cluster, which finds
   * its fellows on loopback at the listed ports (TCP/IP discovery; no multicast).
   */
  static List<List<String>> prebootCommands(String publicUrl, Optional<ClusterMember> member) {
    List<List<String>> commands = new ArrayList<>();
    if (member.isEmpty()) {
      // No Hazelcast: it listens on every interface even with clustering off, and a server alone
      // needs none of what it brings (shared sessions, cluster-wide events, JCache).
      commands.add(
          List.of(
              "set",
              "configs.config.server-config.hazelcast-config-specific-configuration.enabled=false"));
    } else {
      commands.addAll(member.get().commands());
    }
    // The batch runtime keeps its job repository in Payara's embedded H2, whose default URL
    // (AUTO_SERVER=TRUE) opens an H2 TCP server on every interface at the first job. Penny keeps
    // its runs in its own database (SettlementRuns) and the runtime folder is new every start, so
    // the repository is this server's alone: opened in the process, never served.
    commands.add(
        List.of(
            "set",
            "resources.jdbc-connection-pool.H2Pool.property.URL="
                + "jdbc:h2:${com.sun.aas.instanceRoot}/lib/databases/embedded_default"));
    // The API's OpenAPI document is the storefront's own (served at /openapi by the war);
    // Payara's generated one would take that address first.
    commands.add(List.of("set-openapi-configuration", "--enabled=false"));
    // Health is the war's (/health/ready, on every host name a store is served at). Payara's
    // MicroProfile Metrics serve /metrics inside the storefront, where Penny's gate keeps it for
    // the operator's token (MetricsGate).
    commands.add(List.of("set-microprofile-healthcheck-configuration", "--enabled=false"));
    // No product or version in any response (Server, X-Powered-By).
    commands.add(List.of("set", HTTP_LISTENER + ".server-header=false"));
    commands.add(List.of("set", HTTP_LISTENER + ".xpowered-by=false"));
    // Framing is the applications' to decide (X-Frame-Options and CSP frame-ancestors on every
    // response: DENY everywhere but the embeddable button's frame, which any site may frame, and
    // the checkout zone's card page, framed by the stores); the listener's own default
    // (SAMEORIGIN where the application set none) would contradict the button's frame-ancestors.
    commands.add(List.of("set", HTTP_LISTENER + ".xframe-options=false"));
    // Room for a request head of 64 KiB, so that an address too long for Penny (over 8 KiB)
    // reaches it and gets its 414 (problem+json on API paths) rather than the HTTP layer's 400.
    commands.add(List.of("set", HTTP_LISTENER + ".header-buffer-length-bytes=65536"));
    // Penny's request guard (penny-http-guard.jar) is installed as the listener's "comet" add-on:
    // Payara sets that add-on up only while Comet support is on.
    commands.add(List.of("set", HTTP_LISTENER + ".comet-support-enabled=true"));
    if (publicUrl.startsWith("https://")) {
      // Behind a proxy that ends TLS: the request is secure when the proxy says so, so the
      // session cookie gets its Secure flag (Payara sets it for secure requests).
      commands.add(List.of("set", HTTP_LISTENER + ".scheme-mapping=X-Forwarded-Proto"));
    }
    return commands;
  }
}
