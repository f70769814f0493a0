package dev.penny.tests.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The production deployment in docker/, checked without a Docker engine (none on this machine):
 * Compose validates the compose file with every secret given and refuses it with one missing;
 * HAProxy validates its configuration; each Dockerfile builds from an official image with a pinned
 * tag, runs as a user that is not root, has a health check, bakes in no secret, and copies only
 * files the build makes. Needs {@code docker-compose} and {@code haproxy} (Debian packages; .ci/run
 * installs them).
 */
class DockerFilesTest {

  private static final Path ROOT = Path.of(System.getProperty("penny.root", ".."));
  private static final Path DOCKER = ROOT.resolve("docker");

  @Test
  void theComposeFileValidatesWithEverySecretGivenAndIsRefusedWithOneMissing(@TempDir Path dir)
      throws Exception {
    Path filled = dir.resolve("filled.env");
    Files.write(filled, envExample(null));
    assertThat(
            run(
                Map.of(),
                "docker-compose",
                "-f",
                "compose.yaml",
                "--env-file",
                filled.toString(),
                "config",
                "-q"))
        .as("docker-compose config on docker/compose.yaml")
        .isEqualTo("");

    Path missing = dir.resolve("missing.env");
    Files.write(missing, envExample("PENNY_VAULT_KEYS"));
    Result refused =
        exec(
            Map.of(),
            "docker-compose",
            "-f",
            "compose.yaml",
            "--env-file",
            missing.toString(),
            "config",
            "-q");
    assertThat(refused.exit()).isNotZero();
    assertThat(refused.output()).contains("PENNY_VAULT_KEYS");
  }

  @Test
  void theComposeFileRunsEveryPartOfTheDeployment() throws IOException {
    String compose = Files.readString(DOCKER.resolve("compose.yaml"));
    assertThat(compose)
        .contains("image: mysql:8.4", "quay.io/keycloak/keycloak:26", "image: haproxy:")
        .contains("docker/penny/Dockerfile", "docker/checkout/Dockerfile")
        .contains("replicas: ${PENNY_SERVERS")
        .contains("PENNY_VAULT_DB_USER: penny_vault", "PENNY_DB_USER: penny")
        .doesNotContainPattern("(?i)(password|secret|key)[A-Z_]*: [A-Za-z0-9+/=]{12,}");
  }

  @Test
  void theProxyConfigurationValidates() throws Exception {
    assertThat(
            run(
                Map.of(
                    "PENNY_CHECKOUT_HOST", "pay.shop.example",
                    "PENNY_AUTH_HOST", "auth.shop.example",
                    "PENNY_PROXY_COOKIE_KEY", "0123456789abcdef"),
                "haproxy",
                "-c",
                "-q",
                "-f",
                "haproxy/haproxy.cfg"))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"penny", "checkout"})
  void aDockerfileUsesAnOfficialPinnedImageRunsAsItsOwnUserAndHoldsNoSecret(String image)
      throws IOException {
    List<String> lines = instructions(DOCKER.resolve(image).resolve("Dockerfile"));

    assertThat(lines)
        .filteredOn(l -> l.startsWith("FROM "))
        .singleElement()
        .satisfies(from -> assertThat(from).matches("FROM payara/micro:6\\.[0-9.]+-jdk17"));
    assertThat(lines)
        .filteredOn(l -> l.startsWith("USER "))
        .last()
        .satisfies(user -> assertThat(user).isEqualTo("USER payara"));
    assertThat(lines).anyMatch(l -> l.startsWith("HEALTHCHECK "));
    assertThat(lines)
        .filteredOn(l -> l.startsWith("ENV ") || l.startsWith("ARG "))
        .noneMatch(l -> l.matches("(?i).*(password|secret|key).*"));
    for (String copy : lines.stream().filter(l -> l.startsWith("COPY ")).toList()) {
      String[] parts = copy.replaceAll("--chown=\\S+ ", "").split("\\s+");
      for (int i = 1; i < parts.length - 1; i++) {
        assertThat(ROOT.resolve(parts[i])).as(copy).exists();
      }
    }
  }

  /** The Dockerfile's instructions, continuation lines joined, comments left out. */
  private static List<String> instructions(Path dockerfile) throws IOException {
    List<String> joined = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : Files.readAllLines(dockerfile)) {
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      if (line.endsWith("\\")) {
        current.append(line, 0, line.length() - 1).append(' ');
        continue;
      }
      joined.add(current.append(line).toString().strip());
      current.setLength(0);
    }
    return joined;
  }

  /** .env.example with every empty value filled in, and {@code leaveOut} removed. */
  private static List<String> envExample(String leaveOut) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(DOCKER.resolve(".env.example"))) {
      if (leaveOut != null && line.startsWith(leaveOut + "=")) {
        continue;
      }
      out.add(line.endsWith("=") ? line + "test-value-0123456789" : line);
    }
    return out;
  }

  private record Result(int exit, String output) {}

  private static String run(Map<String, String> env, String... command) throws Exception {
    Result result = exec(env, command);
    assertThat(result.exit()).as(String.join(" ", command) + ": " + result.output()).isZero();
    return result.output().strip();
  }

  private static Result exec(Map<String, String> env, String... command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(DOCKER.toFile());
    builder.redirectErrorStream(true);
    Map<String, String> environment = new HashMap<>(builder.environment());
    environment.putAll(env);
    builder.environment().putAll(environment);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new AssertionError(
          command[0] + " is needed for this test (Debian package; .ci/run installs it)", e);
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), output);
  }
}
