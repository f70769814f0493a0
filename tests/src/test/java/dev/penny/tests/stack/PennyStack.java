package dev.penny.tests.stack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Penny as a user runs it: the launcher jar in its own JVM, on a free port, with a fresh embedded
 * database in a temporary folder and the demo stores. Started once per test run by {@link
 * PennyStackSession}; every test class talks to the same stack over HTTP and JDBC. With {@code
 * penny.stack.servers} = 2 (ClusterIT's own run) the stack is a local cluster behind the launcher's
 * proxy; {@link #serverUrls()} reaches each server directly.
 */
public final class PennyStack {

  private static final Pattern READY =
      Pattern.compile("^Penny ready: (http://localhost:\\d+)/s/.*");
  private static final Pattern DATABASE = Pattern.compile("^Penny database: (jdbc:\\S+) .*");
  private static final Pattern CLUSTER =
      Pattern.compile("^Penny cluster: \\d+ servers on ports \\[([0-9, ]+)\\].*");
  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

  private static PennyStack running;

  /** The server secret of the checkout zone's API, so that tests can call it as Penny does. */
  public static final String ZONE_SECRET = "test-zone-secret-" + java.util.UUID.randomUUID();

  /** The operator's token for {@code /metrics}. */
  public static final String METRICS_TOKEN = "test-metrics-token-" + java.util.UUID.randomUUID();

  private final Process process;
  private final Path dataDir;
  private final String baseUrl;
  private final String jdbcUrl;
  private final String keycloakUrl;
  private final List<String> serverUrls;

  private PennyStack(
      Process process,
      Path dataDir,
      String baseUrl,
      String jdbcUrl,
      String keycloakUrl,
      List<String> serverUrls) {
    this.keycloakUrl = keycloakUrl;
    this.serverUrls = serverUrls;
    this.process = process;
    this.dataDir = dataDir;
    this.baseUrl = baseUrl;
    this.jdbcUrl = jdbcUrl;
  }

  /** The running stack; fails clearly when the session listener could not start it. */
  public static synchronized PennyStack get() {
    if (running == null) {
      throw new IllegalStateException("The Penny stack is not running; see target/penny-stack.log");
    }
    return running;
  }

  static synchronized void start() throws IOException, InterruptedException {
    if (running != null) {
      return;
    }
    Path jar =
        Path.of(System.getProperty("penny.launcher.jar", "../launcher/target/penny-launcher.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("Build the launcher first: " + jar.toAbsolutePath());
    }
    Path log = Path.of(System.getProperty("penny.stack.log", "target/penny-stack.log"));
    Files.createDirectories(log.toAbsolutePath().getParent());
    Path dataDir = Files.createTempDirectory("penny-test-data-");
    int servers = Integer.parseInt(System.getProperty("penny.stack.servers", "1"));
    // Penny's port, then one per server behind its proxy when it runs a cluster.
    int port = freePorts(servers == 1 ? 1 : servers + 1);
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-jar",
                jar.toAbsolutePath().toString())
            .redirectErrorStream(true);
    builder.environment().put("PENNY_HTTP_PORT", Integer.toString(port));
    builder.environment().put("PENNY_DATA_DIR", dataDir.toString());
    builder.environment().put("PENNY_DEMO", "true");
    // Settlement runs only when a test starts one (a scheduled run would charge other tests' tabs).
    builder.environment().put("PENNY_SETTLEMENT_EVERY_MINUTES", "0");
    // Every test's browser pays from 127.0.0.1: the card-attempt limit per client address would
    // otherwise count the whole suite as one card tester. (Its limits are tested on their own.)
    builder.environment().put("PENNY_CHECKOUT_ATTEMPTS_PER_CLIENT", "1000");
    builder.environment().put("PENNY_CHECKOUT_API_SECRET", ZONE_SECRET);
    builder.environment().put("PENNY_METRICS_TOKEN", METRICS_TOKEN);
    int keycloakPort = freePorts(1);
    builder.environment().put("PENNY_KEYCLOAK_PORT", Integer.toString(keycloakPort));
    builder.environment().remove("PENNY_OIDC_URL");
    builder.environment().remove("PENNY_DB_URL");
    builder.environment().put("PENNY_SERVERS", Integer.toString(servers));
    builder.environment().put("PENNY_CLUSTER_PORT", Integer.toString(freePorts(servers)));
    Process process = builder.start();

    String[] urls = new String[3];
    CountDownLatch ready = new CountDownLatch(1);
    Thread pump = new Thread(() -> pump(process, log, urls, ready), "penny-stack-output");
    pump.setDaemon(true);
    pump.start();
    if (!ready.await(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || urls[0] == null) {
      process.destroyForcibly();
      throw new IllegalStateException("Penny did not start; see " + log.toAbsolutePath());
    }
    List<String> serverUrls =
        urls[2] == null
            ? List.of(urls[0])
            : Stream.of(urls[2].split(",")).map(p -> "http://localhost:" + p.strip()).toList();
    running =
        new PennyStack(
            process, dataDir, urls[0], urls[1], "http://localhost:" + keycloakPort, serverUrls);
  }

  private static void pump(Process process, Path log, String[] urls, CountDownLatch ready) {
    try (BufferedReader out =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter file =
            new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
      String line;
      while ((line = out.readLine()) != null) {
        file.println(line);
        Matcher db = DATABASE.matcher(line);
        if (db.matches()) {
          urls[1] = db.group(1);
        }
        Matcher cluster = CLUSTER.matcher(line);
        if (cluster.matches()) {
          urls[2] = cluster.group(1);
        }
        Matcher up = READY.matcher(line);
        if (up.matches()) {
          urls[0] = up.group(1);
          ready.countDown();
        }
        if (line.startsWith("Penny could not start")) {
          ready.countDown();
        }
      }
    } catch (IOException e) {
      // The process ended; whoever waits sees that it never became ready.
    } finally {
      ready.countDown();
    }
  }

  static synchronized void stop() {
    if (running == null) {
      return;
    }
    running.process.destroy();
    try {
      if (!running.process.waitFor(120, TimeUnit.SECONDS)) {
        running.process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running.process.destroyForcibly();
    }
    copyKeycloakLog(running.dataDir);
    deleteQuietly(running.dataDir);
    running = null;
  }

  /** The launcher's process; the server, database and Keycloak are among its descendants. */
  public ProcessHandle process() {
    return process.toHandle();
  }

  /** e.g. {@code http://localhost:41234} */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * Each server of the cluster, directly (not through the proxy): the first runs the database,
   * Keycloak and the checkout zone too. One element (the base URL) when the stack is one server.
   */
  public List<String> serverUrls() {
    return serverUrls;
  }

  public int port() {
    return Integer.parseInt(baseUrl.substring(baseUrl.lastIndexOf(':') + 1));
  }

  /** The stack's Keycloak, e.g. {@code http://localhost:41235} (admin console admin/admin). */
  public String keycloakUrl() {
    return keycloakUrl;
  }

  /** The embedded database of this stack, for tests that look at the schema itself. */
  public String jdbcUrl() {
    return jdbcUrl;
  }

  /** Keycloak's log while the stack runs (it is copied into target/ when the stack stops). */
  public Path keycloakLog() {
    return dataDir.resolve("keycloak").resolve("keycloak.log");
  }

  /** Keeps Keycloak's log beside the stack's in target/, for a failed sign-in test. */
  private static void copyKeycloakLog(Path dataDir) {
    Path log = dataDir.resolve("keycloak").resolve("keycloak.log");
    Path target =
        Path.of(System.getProperty("penny.stack.log", "target/penny-stack.log"))
            .resolveSibling("keycloak.log");
    try {
      if (Files.exists(log)) {
        Files.copy(log, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException ignored) {
      // The log is a convenience.
    }
  }

  private static final java.util.Random PORTS = new java.util.Random();

  /** Ports handed out to this JVM's stacks: no two blocks overlap. */
  private static final java.util.Set<Integer> CHOSEN = new java.util.HashSet<>();

  /**
   * The first of {@code count} consecutive ports that are free now, below Linux's ephemeral range
   * (32768 on): a port the system handed out for the check could be handed to an outgoing
   * connection before the stack binds it (a cluster run failed on that once), and a cluster needs
   * the ports after the first too.
   */
  private static synchronized int freePorts(int count) throws IOException {
    for (int attempt = 0; attempt < 500; attempt++) {
      int first = 20_000 + PORTS.nextInt(12_000 - count);
      boolean free = true;
      for (int port = first; port < first + count && free; port++) {
        if (CHOSEN.contains(port)) {
          free = false; // another block of this stack's: free now, but not for long
          break;
        }
        try (ServerSocket socket = new ServerSocket()) {
          socket.bind(new java.net.InetSocketAddress(port));
        } catch (IOException taken) {
          free = false;
        }
      }
      if (free) {
        for (int port = first; port < first + count; port++) {
          CHOSEN.add(port);
        }
        return first;
      }
    }
    throw new IOException("No " + count + " free ports in a row between 20000 and 32000");
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // A leftover temporary folder is harmless.
    }
  }
}
