package dev.penny.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * A cluster of Penny servers on this machine, for trying one ({@code PENNY_SERVERS=2}, at most
 * {@link #MAX_SERVERS}): server 1 is this JVM (it also runs the database, Keycloak and the mail
 * catcher and the checkout zone), servers 2 to N are JVMs it starts ({@link ClusterPeer}) with the
 * storefront alone, all on loopback ports after Penny's own ({@code PENNY_HTTP_PORT} + 1 …), with
 * Hazelcast members from {@code PENNY_CLUSTER_PORT} (6900) on. Penny's port itself is the {@link
 * LoopbackProxy}'s.
 */
record LocalCluster(int publicPort, int clusterPort, int servers) {

  static final int MAX_SERVERS = 8;

  static Optional<LocalCluster> fromEnvironment(Map<String, String> env, int publicPort) {
    String text = env.getOrDefault("PENNY_SERVERS", "1").strip();
    int servers = wholeNumber(text);
    if (servers < 1 || servers > MAX_SERVERS) {
      throw new LaunchException(
          "PENNY_SERVERS must be a number of servers from 1 to "
              + MAX_SERVERS
              + ", not '"
              + text
              + "'");
    }
    if (servers == 1) {
      return Optional.empty();
    }
    String portText = env.getOrDefault("PENNY_CLUSTER_PORT", "6900").strip();
    int clusterPort = wholeNumber(portText);
    if (clusterPort < 1024 || clusterPort + servers > 65535) {
      throw new LaunchException(
          "PENNY_CLUSTER_PORT must be a port from 1024 on, not '" + portText + "'");
    }
    return Optional.of(new LocalCluster(publicPort, clusterPort, servers));
  }

  /** The number {@code text} is, or -1 when it is none (every caller refuses -1 by name). */
  private static int wholeNumber(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The HTTP port of server {@code index} (0 is this JVM's). */
  int serverPort(int index) {
    return publicPort + 1 + index;
  }

  List<Integer> serverPorts() {
    return IntStream.range(0, servers).mapToObj(this::serverPort).toList();
  }

  /** Every port the cluster's servers listen on: their HTTP ports and their Hazelcast members'. */
  List<Integer> ownPorts() {
    List<Integer> ports = new ArrayList<>();
    for (int i = 0; i < servers; i++) {
      ports.add(serverPort(i));
      ports.add(clusterPort + i);
    }
    return ports;
  }

  ClusterMember member(int index) {
    List<Integer> members = IntStream.range(0, servers).mapToObj(i -> clusterPort + i).toList();
    return new ClusterMember(clusterPort + index, members);
  }

  /** Every port the cluster needs that is taken now; empty when all are free. */
  List<Integer> busyPorts() {
    List<Integer> busy = new ArrayList<>();
    for (int i = 0; i < servers; i++) {
      for (int port : new int[] {serverPort(i), clusterPort + i}) {
        if (!Ports.isFree(port)) {
          busy.add(port);
        }
      }
    }
    return busy;
  }

  /**
   * Starts servers 2 to N with this JVM's settings (the {@code penny.*} and {@code hibernate.*}
   * system properties, handed over on the new JVM's standard input, so that no secret shows in the
   * process list), each with its own port and Hazelcast member, and keeps them running: a server
   * that stops without being asked to (killed, crashed) is started again, up to {@link
   * #MAX_RESTARTS} times, while the proxy serves from the others.
   */
  Peers startPeers(Path dataDir) {
    Peers peers = new Peers();
    for (int i = 1; i < servers; i++) {
      peers.start(i, dataDir);
    }
    return peers;
  }

  static final int MAX_RESTARTS = 10;

  /** Servers 2 to N, as they run now. */
  final class Peers {
    private final Map<Integer, Process> running = new ConcurrentHashMap<>();
    private final AtomicInteger restarts = new AtomicInteger();
    private volatile boolean stopping;

    Process process(int index) {
      return running.get(index);
    }

    private void start(int index, Path dataDir) {
      Process peer = LocalCluster.start(settingsFor(index, dataDir));
      running.put(index, peer);
      peer.onExit()
          .thenRun(
              () -> {
                if (stopping || restarts.incrementAndGet() > MAX_RESTARTS) {
                  return;
                }
                System.out.println(
                    "Penny server "
                        + (index + 1)
                        + " stopped (exit "
                        + peer.exitValue()
                        + "); starting it again");
                start(index, dataDir);
              });
    }

    void stop() {
      stopping = true;
      running.values().forEach(Process::destroy);
    }
  }

  private Properties settingsFor(int index, Path dataDir) {
    Properties settings = new Properties();
    System.getProperties().stringPropertyNames().stream()
        .filter(n -> n.startsWith("penny.") || n.startsWith("hibernate."))
        .forEach(n -> settings.setProperty(n, System.getProperty(n)));
    settings.setProperty("penny.demo.seed", "false");
    // One checkout zone, on server 1, as in docker/ (its own service): its card-attempt limits
    // and its janitor are then one, not one per server.
    settings.setProperty(
        "penny.checkout.api-url", "http://127.0.0.1:" + serverPort(0) + "/checkout/api/v1");
    ClusterPeer.describe(settings, dataDir, serverPort(index), member(index));
    return settings;
  }

  private static Process start(Properties settings) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(maxHeap());
    // As a jar: its manifest opens the JDK modules Payara needs.
    command.add("-D" + ClusterPeer.PEER_PROPERTY + "=true");
    command.add("-jar");
    command.add(ServerJvm.launcherJar().toString());
    try {
      Process peer =
          new ProcessBuilder(command)
              .redirectOutput(ProcessBuilder.Redirect.INHERIT)
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      StringWriter text = new StringWriter();
      settings.store(text, null);
      try (OutputStream in = peer.getOutputStream()) {
        in.write(text.toString().getBytes(StandardCharsets.ISO_8859_1));
      }
      return peer;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start another Penny server", e);
    }
  }

  private static String maxHeap() {
    long bytes = Runtime.getRuntime().maxMemory();
    return "-Xmx" + Math.max(512, bytes / (1024 * 1024)) + "m";
  }
}
