package dev.penny.tests.stack;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP 402 protocols' own client libraries, run with Node.js against the stack: x402's
 * {@code @x402/fetch} and the IETF "Payment" scheme's {@code mppx}, pinned in {@code
 * src/test/node/reference-clients} and installed once per run with {@code npm ci} (from the npm
 * registry, as the OpenAPI lint's tool is). Each script pays for one address with a spending key
 * and prints what it saw as one JSON object.
 */
public final class ReferenceClients {

  private static final Path SOURCE = Path.of("src/test/node/reference-clients");
  private static final Path INSTALLED = Path.of("target/reference-clients");

  private ReferenceClients() {}

  /** x402's client pays for {@code path} (on the stack's public origin). */
  public static JsonObject x402(String path, String secret) {
    return run("x402-pay.mjs", path, secret);
  }

  /** mppx answers the {@code WWW-Authenticate: Payment} challenge of {@code path}. */
  public static JsonObject ietf(String path, String secret) {
    return run("ietf-pay.mjs", path, secret);
  }

  private static synchronized JsonObject run(String script, String path, String secret) {
    install();
    String output =
        exec(
            INSTALLED,
            List.of(
                "node",
                script,
                PennyStack.get().baseUrl() + path,
                X402Client.keyId(secret),
                secret));
    String last = output.strip();
    last = last.substring(last.lastIndexOf('\n') + 1);
    try (var reader = Json.createReader(new StringReader(last))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      throw new AssertionError(script + " printed no JSON result:\n" + output, e);
    }
  }

  private static void install() {
    if (Files.isDirectory(INSTALLED.resolve("node_modules"))) {
      return;
    }
    try {
      Files.createDirectories(INSTALLED);
      try (var files = Files.list(SOURCE)) {
        for (Path file : files.toList()) {
          Files.copy(
              file, INSTALLED.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    exec(INSTALLED, List.of("npm", "ci", "--no-audit", "--no-fund"));
  }

  private static String exec(Path directory, List<String> command) {
    try {
      Path output = Files.createTempFile("penny-reference-client", ".txt");
      Process process =
          new ProcessBuilder(new ArrayList<>(command))
              .directory(directory.toFile())
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .start();
      process.getOutputStream().close();
      boolean done = process.waitFor(5, TimeUnit.MINUTES);
      if (!done) {
        process.destroyForcibly();
      }
      String text = Files.readString(output, StandardCharsets.UTF_8);
      Files.deleteIfExists(output);
      if (!done || process.exitValue() != 0) {
        throw new AssertionError(String.join(" ", command.subList(0, 2)) + " failed:\n" + text);
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
