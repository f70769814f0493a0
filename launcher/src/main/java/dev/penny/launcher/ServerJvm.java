package dev.penny.launcher;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Penny's server runs in a second JVM that the launcher starts with what a plain {@code java -jar}
 * cannot carry: a class-data archive ({@link ClassDataArchive}) for the ~25,000 classes Payara and
 * the storefront load while starting. The launcher passes its own JVM options on, shares its
 * console, stops the server JVM when it is stopped itself (Ctrl-C, SIGTERM) and exits with the
 * server's exit code. {@code PENNY_SINGLE_JVM=true} keeps everything in one JVM.
 */
final class ServerJvm {

  private static final String SERVER_PROPERTY = "penny.launcher.server-jvm";
  private static final String STARTED_PROPERTY = "penny.launcher.started-at";
  private static final long STOP_SECONDS = 90;
  private static final int EXIT_LAUNCHER_GONE = 143;

  private ServerJvm() {}

  /** True in the server JVM, or when the user asked for a single JVM. */
  static boolean runHere(java.util.Map<String, String> env) {
    return Boolean.getBoolean(SERVER_PROPERTY)
        || Boolean.parseBoolean(env.getOrDefault("PENNY_SINGLE_JVM", "false"));
  }

  /**
   * In the server JVM: stop (running the shutdown hooks that stop Keycloak and the database) when
   * the launcher JVM ends without stopping it first, e.g. killed with SIGKILL.
   */
  static void stopWithLauncher() {
    if (!Boolean.getBoolean(SERVER_PROPERTY)) {
      return;
    }
    ProcessHandle.current()
        .parent()
        .ifPresent(launcher -> launcher.onExit().thenRun(() -> System.exit(EXIT_LAUNCHER_GONE)));
  }

  /** When the command the user ran started: the launcher JVM's process, not the server JVM's. */
  static Instant processStart() {
    String passed = System.getProperty(STARTED_PROPERTY);
    if (passed != null) {
      return Instant.ofEpochMilli(Long.parseLong(passed));
    }
    return ProcessHandle.current().info().startInstant().orElseGet(Instant::now);
  }

  /** Starts the server JVM with the same arguments and waits for it; returns its exit code. */
  static int start(String[] args) {
    Path jar = launcherJar();
    if (TrainingRun.requested(System.getenv()) && archivesWritten(jar)) {
      System.out.println(
          "Penny training run: the class-data archives and the Keycloak seed exist already");
      return 0;
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.add("-D" + SERVER_PROPERTY + "=true");
    command.add("-D" + STARTED_PROPERTY + "=" + processStart().toEpochMilli());
    command.addAll(serverArchive(jar).javaOptionsForDumpAfterStart());
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    Process server;
    try {
      server = new ProcessBuilder(command).inheritIO().start();
    } catch (IOException e) {
      throw new LaunchException("Could not start the server JVM: " + e.getMessage(), e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server), "penny-server-jvm-stop"));
    try {
      return server.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }

  private static boolean archivesWritten(Path jar) {
    return serverArchive(jar).exists()
        && KeycloakServer.classDataArchive(Penny.keycloakDistribution()).exists()
        && KeycloakSeed.of(Penny.keycloakDistribution()).exists();
  }

  private static ClassDataArchive serverArchive(Path jar) {
    return ClassDataArchive.beside(Penny.appsDir(), "penny-server", jar);
  }

  /** Asks the server JVM to stop (its own hooks stop Keycloak and the database) and waits. */
  private static void stop(Process server) {
    if (!server.isAlive()) {
      return;
    }
    server.destroy();
    try {
      if (!server.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
        server.descendants().forEach(ProcessHandle::destroyForcibly);
        server.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.destroyForcibly();
    }
  }

  /** The launcher's own jar (launcher/target/penny-launcher.jar). */
  static Path launcherJar() {
    try {
      return Path.of(Penny.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new LaunchException("Cannot locate the launcher's jar", e);
    }
  }
}
