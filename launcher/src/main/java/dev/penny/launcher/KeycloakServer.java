package dev.penny.launcher;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real Keycloak on loopback, run from the distribution the build unpacked and built ({@code kc.sh
 * build} at {@code mvn package}, so a start does not repeat Keycloak's build step), with the {@code
 * penny} realm in its import folder. Plain HTTP on 127.0.0.1 and the host name taken from the
 * request, as a local server needs. Its database lives in Penny's data folder, so users who sign up
 * stay; a fresh data folder imports the realm again.
 */
final class KeycloakServer implements AutoCloseable {

  static final String REALM = "penny";
  static final String CLIENT_ID = "penny-web";
  static final String CLIENT_SECRET = "penny-dev-secret";
  static final String ADMIN_USER = "admin";
  static final String ADMIN_PASSWORD = "admin";
  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
  private static final String BUILT_MARKER = "penny-built-local";

  private final Process process;
  private final int port;
  private final Path log;
  private final KeycloakSeed seed;
  private volatile boolean keepAsSeed;

  private KeycloakServer(Process process, int port, Path log, KeycloakSeed seed) {
    this.seed = seed;
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * The port of Keycloak's management interface (health, metrics), chosen once per launcher and
   * named among Penny's own ports, so that no webhook is sent to it.
   */
  static synchronized int managementPort() {
    if (managementPort == 0) {
      managementPort = Ports.anyFree();
    }
    return managementPort;
  }

  private static int managementPort;

  /**
   * Starts the process at a lower CPU priority than Penny's own server, which deploys meanwhile on
   * the same cores; {@link #awaitReady()} waits until the realm answers.
   */
  static KeycloakServer start(Path distribution, Path dataDir, int port) {
    Path kc = distribution.resolve("bin").resolve("kc.sh");
    if (!Files.isExecutable(kc)) {
      throw new LaunchException("Keycloak is missing: " + kc + " (run mvn package first)");
    }
    if (!Ports.isFree(port)) {
      throw new LaunchException(
          "Port " + port + " for Keycloak is in use. Set PENNY_KEYCLOAK_PORT to another port.");
    }
    try {
      Path home = dataDir.resolve("keycloak");
      Files.createDirectories(home);
      KeycloakSeed.of(distribution).copyInto(home);
      Path log = home.resolve("keycloak.log");
      List<String> command = new ArrayList<>(LowerPriority.prefix());
      command.add(kc.toString());
      command.add("start");
      if (Files.exists(distribution.resolve("lib/quarkus/" + BUILT_MARKER))) {
        // Built by mvn package (see launcher/pom.xml); otherwise Keycloak builds itself first.
        command.add("--optimized");
      }
      command.addAll(
          List.of(
              "--http-enabled=true",
              "--hostname-strict=false",
              "--http-port=" + port,
              "--http-host=127.0.0.1",
              "--http-management-port=" + managementPort(),
              "--import-realm",
              "--db=dev-file",
              "--cache=local",
              "--db-url=jdbc:h2:file:"
                  + home.resolve("keycloakdb")
                  // No AUTO_SERVER: it opens a TCP port on every interface for other
                  // processes to share the file; only Keycloak opens it (the seed is copied
                  // while Keycloak is stopped).
                  + ";NON_KEYWORDS=VALUE;DB_CLOSE_ON_EXIT=FALSE"));
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(distribution.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
      builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
      builder
          .environment()
          .put(
              "JAVA_OPTS_APPEND",
              "-Xmx512m -XX:TieredStopAtLevel=1 " + classDataArchive(distribution).javaOption());
      return new KeycloakServer(builder.start(), port, log, KeycloakSeed.of(distribution));
    } catch (IOException e) {
      throw new LaunchException("Keycloak did not start: " + e.getMessage(), e);
    }
  }

  /** Keycloak's class-data archive, named after its build (which rewrites its classes). */
  static ClassDataArchive classDataArchive(Path distribution) {
    return ClassDataArchive.beside(
        distribution, "keycloak", distribution.resolve("lib/quarkus/quarkus-application.dat"));
  }

  void awaitReady() {
    HttpClient client = LoopbackHttp.client();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new LaunchException("Keycloak stopped while starting; see " + log);
      }
      try {
        if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // Not listening yet.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new LaunchException("Interrupted while waiting for Keycloak");
      }
      sleep(Duration.ofMillis(500));
    }
    throw new LaunchException(
        "Keycloak did not answer within " + START_TIMEOUT.toMinutes() + " minutes; see " + log);
  }

  /** The realm's issuer URL, e.g. {@code http://localhost:8180/realms/penny}. */
  String issuer() {
    return "http://localhost:" + port + "/realms/" + REALM;
  }

  String baseUrl() {
    return "http://localhost:" + port;
  }

  File log() {
    return log.toFile();
  }

  @Override
  public void close() {
    List<ProcessHandle> keycloak = process.descendants().toList();
    keycloak.forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      // Long enough for the first stop to write the class-data archive (see ClassDataArchive).
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        keycloak.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        return;
      }
      for (ProcessHandle jvm : keycloak) {
        jvm.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
      }
      if (keepAsSeed) {
        seed.keepFrom(log.getParent());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    } catch (java.util.concurrent.ExecutionException
        | java.util.concurrent.TimeoutException
        | IOException e) {
      System.err.println("Keycloak did not stop cleanly: " + e);
    }
  }

  /** For the build's training run: keep this Keycloak's database as the seed when it stops. */
  void keepDatabaseAsSeed() {
    keepAsSeed = true;
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
