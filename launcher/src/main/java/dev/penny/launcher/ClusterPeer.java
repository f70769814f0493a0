package dev.penny.launcher;

import fish.payara.micro.PayaraMicroRuntime;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * Server 2, 3 … of a {@link LocalCluster}: a JVM that reads its settings from its standard input,
 * boots Payara Micro as a cluster member on its own port, deploys the same archives as server 1 and
 * says when it answers. It uses server 1's database, Keycloak, mail catcher and checkout zone (it
 * deploys the storefront alone), and stops when server 1's JVM ends.
 */
final class ClusterPeer {

  private static final String CHECKOUT_ZONE = "checkout";
  static final String PEER_PROPERTY = "penny.launcher.cluster-peer";
  private static final String PREFIX = "penny.launcher.peer.";

  private ClusterPeer() {}

  /** Adds where the peer runs to the settings it is given. */
  static void describe(Properties settings, Path dataDir, int httpPort, ClusterMember member) {
    settings.setProperty(PREFIX + "data-dir", dataDir.toString());
    settings.setProperty(PREFIX + "http-port", Integer.toString(httpPort));
    settings.setProperty(PREFIX + "cluster-port", Integer.toString(member.port()));
    settings.setProperty(
        PREFIX + "cluster-members",
        String.join(",", member.memberPorts().stream().map(String::valueOf).toList()));
  }

  static void run() {
    ProcessHandle.current()
        .parent()
        .ifPresent(server -> server.onExit().thenRun(() -> System.exit(143)));
    int port = 0;
    try {
      Properties settings = new Properties();
      settings.load(System.in);
      settings.stringPropertyNames().forEach(n -> System.setProperty(n, settings.getProperty(n)));
      Path dataDir = Path.of(settings.getProperty(PREFIX + "data-dir"));
      port = Integer.parseInt(settings.getProperty(PREFIX + "http-port"));
      List<Integer> members =
          List.of(settings.getProperty(PREFIX + "cluster-members").split(",")).stream()
              .map(Integer::valueOf)
              .toList();
      ClusterMember member =
          new ClusterMember(
              Integer.parseInt(settings.getProperty(PREFIX + "cluster-port")), members);
      PayaraMicroRuntime runtime =
          Penny.bootPayara(
              dataDir,
              "payara-runtime-" + port,
              port,
              System.getProperty("penny.public-url"),
              java.util.Optional.of(member));
      Penny.deploy(runtime, AppArchives.in(Penny.appsDir()).without(CHECKOUT_ZONE), port);
      System.out.println(
          "Penny server on port " + port + " ready (cluster member " + member.port() + ")");
    } catch (IOException | RuntimeException e) {
      System.err.println("Penny server on port " + port + " could not start: " + e.getMessage());
      System.exit(2);
    }
  }
}
