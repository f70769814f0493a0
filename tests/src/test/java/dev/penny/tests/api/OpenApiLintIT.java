package dev.penny.tests.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.tests.stack.Http;
import dev.penny.tests.stack.Http.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document Penny serves passes the reference linter, Redocly CLI (pinned version, its
 * recommended rules), with zero errors: the check runs on what clients download, not on a file in
 * the source tree.
 */
class OpenApiLintIT {

  private static final String REDOCLY = "@redocly/cli@2.77.0";

  @Test
  void theServedDocumentHasNoLintErrors() throws IOException, InterruptedException {
    lint("/openapi");
  }

  /** The checkout zone's API description for integrators, served beside its API. */
  @Test
  void theCheckoutZonesDocumentHasNoLintErrors() throws IOException, InterruptedException {
    lint("/checkout/api/openapi.yaml");
  }

  private static void lint(String address) throws IOException, InterruptedException {
    Response served = Http.get(address);
    assertThat(served.status()).isEqualTo(200);
    Path document = Files.createTempFile("penny-openapi", ".yaml");
    Files.writeString(document, served.body(), StandardCharsets.UTF_8);
    Path output = Files.createTempFile("redocly", ".txt");

    Process lint =
        new ProcessBuilder(
                "npx",
                "--yes",
                REDOCLY,
                "lint",
                "--config=" + Path.of("redocly.yaml").toAbsolutePath(),
                document.toString())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    lint.getOutputStream().close();
    boolean done = lint.waitFor(5, TimeUnit.MINUTES);
    String report = Files.readString(output);

    assertThat(done).as("redocly finished").isTrue();
    assertThat(lint.exitValue()).as(report).isZero();
    assertThat(report).contains("Your API description is valid");
  }

  @Test
  void theDocumentDeclaresTheApiKeySchemeAndTypedParameters() {
    String document = Http.get("/openapi").body();

    assertThat(document)
        .contains("scheme: bearer")
        .contains("maximum: 100")
        .contains("application/problem+json")
        .contains("/api/v1/stores/{slug}/products/{id}")
        .contains("servers:\n  - url: " + dev.penny.tests.stack.PennyStack.get().baseUrl() + "\n");
  }
}
