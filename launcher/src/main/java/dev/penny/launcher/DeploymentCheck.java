package dev.penny.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Payara Micro boots even when an application fails to deploy; the launcher only says "ready" when
 * the storefront's readiness check answers UP, and the checkout zone's when it is deployed.
 */
final class DeploymentCheck {

  private DeploymentCheck() {}

  static boolean storefrontAnswers(int port) {
    return answersUp(port, "/health/ready");
  }

  /** Whether a server in another JVM answers, waiting while that JVM starts (at most 3 minutes). */
  static boolean storefrontAnswers(int port, Process server) {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(3);
    while (server.isAlive() && System.nanoTime() < deadline) {
      if (answersUp(port, "/health/ready")) {
        return true;
      }
    }
    return false;
  }

  /** The checkout zone's own check: deployed, and its database (schema vault) answers. */
  static boolean checkoutZoneAnswers(int port) {
    return answersUp(port, "/checkout/health");
  }

  private static boolean answersUp(int port, String path) {
    HttpClient client = LoopbackHttp.client();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(5))
            .build();
    for (int attempt = 0; attempt < 20; attempt++) {
      try {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("database")) {
          return true;
        }
      } catch (IOException e) {
        // Not listening yet.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }
}
