package dev.penny.launcher;

import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/**
 * The launcher's HTTP client for its own loopback checks (Keycloak ready, the war deployed). It
 * brings its own TLS context: {@code HttpClient} otherwise builds the JVM's default one, and
 * Payara, booting on another thread, sets {@code javax.net.ssl.keyStore} without a password at some
 * point of its start — a default context built after that fails ("Get Key failed").
 */
final class LoopbackHttp {

  private LoopbackHttp() {}

  static HttpClient client() {
    try {
      SSLContext tls = SSLContext.getInstance("TLS");
      tls.init(null, null, null);
      return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).sslContext(tls).build();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("No TLS in this JVM", e);
    }
  }
}
