package dev.penny.platform.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pinned webhook POST against receivers on loopback: what it sends, reads and refuses. */
class WebhookPostTest {

  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
  private static final Map<String, String> HEADERS =
      Map.of("Content-Type", "application/json", "Penny-Event-Id", "evt_1");

  private final WebhookPost post =
      WebhookPost.withDefaultTrust(Duration.ofSeconds(2), Duration.ofMillis(700));

  @Test
  void connectsToTheCheckedAddressAndNamesTheEndpointsHost() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, LOOPBACK)) {
      CompletableFuture<String> request = answer(server, "HTTP/1.1 204 No Content\r\n\r\n");
      // The name does not resolve anywhere: only the given address can have been called.
      URI target =
          URI.create("http://hooks.example.invalid:" + server.getLocalPort() + "/in/hook?x=1");

      int status = post.post(target, List.of(LOOPBACK), HEADERS, "{\"a\":1}".getBytes());

      assertThat(status).isEqualTo(204);
      String sent = request.get(5, TimeUnit.SECONDS);
      assertThat(sent)
          .startsWith("POST /in/hook?x=1 HTTP/1.1\r\n")
          .contains("\r\nHost: hooks.example.invalid:" + server.getLocalPort() + "\r\n")
          .contains("\r\nContent-Type: application/json\r\n")
          .contains("\r\nPenny-Event-Id: evt_1\r\n")
          .contains("\r\nContent-Length: 7\r\n")
          .contains("\r\nConnection: close\r\n")
          .endsWith("\r\n\r\n{\"a\":1}");
    }
  }

  @Test
  void anAddressWithoutAPathPostsToTheRoot() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, LOOPBACK)) {
      CompletableFuture<String> request = answer(server, "HTTP/1.0 500 Oops\r\n\r\n");
      URI target = URI.create("http://hooks.example.invalid:" + server.getLocalPort());

      assertThat(post.post(target, List.of(LOOPBACK), HEADERS, new byte[0])).isEqualTo(500);
      assertThat(request.get(5, TimeUnit.SECONDS)).startsWith("POST / HTTP/1.1\r\n");
    }
  }

  @Test
  void triesTheNextCheckedAddressWhenOneRefuses() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, LOOPBACK)) {
      answer(server, "HTTP/1.1 200 OK\r\n\r\n");
      // 127.0.0.2 is this machine too, but nothing listens on it at that port.
      InetAddress refusing = InetAddress.getByAddress(new byte[] {127, 0, 0, 2});
      URI target = URI.create("http://hooks.example.invalid:" + server.getLocalPort() + "/");

      assertThat(post.post(target, List.of(refusing, LOOPBACK), HEADERS, new byte[0]))
          .isEqualTo(200);
    }
  }

  @Test
  void anAnswerWhoseBodyNeverEndsIsReadNoFurtherThanItsStatus() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, LOOPBACK)) {
      // The status line, then a body announced and never sent: the receiver holds the line open.
      answer(server, "HTTP/1.1 202 Accepted\r\nContent-Length: 1000000\r\n\r\n{");
      URI target = URI.create("http://hooks.example.invalid:" + server.getLocalPort() + "/");

      assertThat(post.post(target, List.of(LOOPBACK), HEADERS, new byte[0])).isEqualTo(202);
    }
  }

  @Test
  void aReceiverThatNeverAnswersIsATimeout() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, LOOPBACK)) {
      answer(server, null);
      URI target = URI.create("http://hooks.example.invalid:" + server.getLocalPort() + "/");

      long started = System.nanoTime();
      assertThatThrownBy(() -> post.post(target, List.of(LOOPBACK), HEADERS, new byte[0]))
          .isInstanceOf(HttpTimeoutException.class);
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
      assertThat(WebhookDispatcher.describe(new HttpTimeoutException("x")))
          .isEqualTo("No answer within 10 seconds");
    }
  }

  /** Interim answers (100 Continue, 103 Early Hints) are read past to the final one. */
  @Test
  void interimAnswersAreReadPast() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, LOOPBACK)) {
      answer(
          server,
          "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n"
              + "HTTP/1.1 204 No Content\r\n\r\n");
      URI target = URI.create("http://hooks.example.invalid:" + server.getLocalPort() + "/");

      assertThat(post.post(target, List.of(LOOPBACK), HEADERS, new byte[0])).isEqualTo(204);
    }
  }

  /**
   * A receiver that sends a byte now and then (each read's timeout starts again) is cut off when
   * the delivery's time is up: in a TLS handshake and in a plain answer alike.
   */
  @ParameterizedTest
  @ValueSource(strings = {"https", "http"})
  void aReceiverThatDripsItsAnswerIsCutOffAtTheDeadline(String scheme) throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, LOOPBACK)) {
      CompletableFuture.runAsync(
          () -> {
            try (Socket socket = server.accept()) {
              OutputStream out = socket.getOutputStream();
              // A TLS handshake record's start, or a status line, never finished.
              byte[] start =
                  scheme.equals("https")
                      ? new byte[] {0x16, 0x03, 0x03, 0x40, 0x00}
                      : "HTTP/1.1 2".getBytes();
              out.write(start);
              for (int i = 0; i < 100; i++) {
                Thread.sleep(200);
                out.write(scheme.equals("https") ? 0x02 : '0');
                out.flush();
              }
            } catch (IOException | InterruptedException e) {
              // the client hung up: what this receiver waits for
            }
          });
      URI target = URI.create(scheme + "://hooks.example.invalid:" + server.getLocalPort() + "/");

      long started = System.nanoTime();
      assertThatThrownBy(() -> post.post(target, List.of(LOOPBACK), HEADERS, new byte[0]))
          .isInstanceOf(HttpTimeoutException.class);
      // The deadline is the connect time and the answer time (2 s + 0.7 s here).
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
    }
  }

  /** Of a name's many addresses a few are tried, within the delivery's time. */
  @Test
  void manyAddressesAreTriedWithinTheTime() throws Exception {
    java.util.List<InetAddress> refusing = new java.util.ArrayList<>();
    for (int i = 2; i < 40; i++) {
      refusing.add(InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) i}));
    }
    try (ServerSocket server = new ServerSocket(0, 1, LOOPBACK)) {
      answer(server, "HTTP/1.1 200 OK\r\n\r\n");
      java.util.List<InetAddress> lastIsListening = new java.util.ArrayList<>(refusing);
      lastIsListening.add(LOOPBACK);
      URI target = URI.create("http://hooks.example.invalid:" + server.getLocalPort() + "/");

      assertThatThrownBy(() -> post.post(target, lastIsListening, HEADERS, new byte[0]))
          .as("only the first " + WebhookPost.MOST_ADDRESSES + " are tried")
          .isInstanceOf(java.net.ConnectException.class);
    }
  }

  @Test
  void whatIsNotAnHttpAnswerIsAnIoFailure() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, LOOPBACK)) {
      answer(server, "SSH-2.0-OpenSSH_9.2\r\n");
      URI target = URI.create("http://hooks.example.invalid:" + server.getLocalPort() + "/");

      assertThatThrownBy(() -> post.post(target, List.of(LOOPBACK), HEADERS, new byte[0]))
          .isInstanceOf(IOException.class)
          .hasMessage("Not an HTTP answer");
    }
  }

  @Test
  void statusLines() throws IOException {
    assertThat(WebhookPost.statusOf("HTTP/1.1 200 OK")).isEqualTo(200);
    assertThat(WebhookPost.statusOf("HTTP/1.0 404")).isEqualTo(404);
    assertThat(WebhookPost.statusOf("HTTP/1.1 299 Whatever it says")).isEqualTo(299);
    for (String bad :
        List.of(
            "", "HTTP/1.1", "HTTP/1.1 20", "HTTP/1.1 2000 OK", "HTTP/2 200", "HTTP/1.1 abc x")) {
      assertThatThrownBy(() -> WebhookPost.statusOf(bad)).isInstanceOf(IOException.class);
    }
    assertThatThrownBy(() -> WebhookPost.statusOf("HTTP/1.1 020 OK"))
        .isInstanceOf(IOException.class);
  }

  @Test
  void aHeaderCannotEndTheHeadEarly() {
    URI target = URI.create("http://hooks.example.invalid:9/");
    assertThatThrownBy(
            () ->
                post.post(
                    target,
                    List.of(LOOPBACK),
                    Map.of("Penny-Event-Id", "x\r\nX-Injected: 1"),
                    new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tlsChecksTheEndpointsNameOnTheCheckedAddress(@TempDir Path dir) throws Exception {
    SSLContext context = selfSigned(dir, "hooks.test");
    WebhookPost trusting =
        new WebhookPost(context.getSocketFactory(), Duration.ofSeconds(2), Duration.ofSeconds(5));
    try (SSLServerSocket server =
        (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 2, LOOPBACK)) {
      CompletableFuture<String> serverName =
          CompletableFuture.supplyAsync(
              () -> {
                try (SSLSocket socket = (SSLSocket) server.accept()) {
                  readHead(socket.getInputStream());
                  String name =
                      ((ExtendedSSLSession) socket.getSession())
                          .getRequestedServerNames().stream()
                              .map(n -> ((SNIHostName) n).getAsciiName())
                              .findFirst()
                              .orElse("");
                  socket.getOutputStream().write("HTTP/1.1 200 OK\r\n\r\n".getBytes());
                  return name;
                } catch (IOException e) {
                  return "failed: " + e;
                }
              });
      URI good = URI.create("https://hooks.test:" + server.getLocalPort() + "/in");
      assertThat(trusting.post(good, List.of(LOOPBACK), HEADERS, new byte[0])).isEqualTo(200);
      assertThat(serverName.get(5, TimeUnit.SECONDS)).isEqualTo("hooks.test");

      // The same receiver under a name its certificate does not carry: refused.
      CompletableFuture.runAsync(
          () -> {
            try (Socket socket = server.accept()) {
              ((SSLSocket) socket).startHandshake();
            } catch (IOException expected) {
              // the client gives up in the handshake
            }
          });
      URI other = URI.create("https://other.test:" + server.getLocalPort() + "/in");
      assertThatThrownBy(() -> trusting.post(other, List.of(LOOPBACK), HEADERS, new byte[0]))
          .isInstanceOf(SSLHandshakeException.class);
    }
  }

  /** Reads one request (head and body by Content-Length), then answers {@code reply} (or not). */
  private static CompletableFuture<String> answer(ServerSocket server, String reply) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            Socket socket = server.accept();
            String request = readHead(socket.getInputStream());
            if (reply == null) {
              Thread.sleep(3_000);
              socket.close();
              return request;
            }
            OutputStream out = socket.getOutputStream();
            out.write(reply.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            Thread.sleep(2_000); // holds the connection open, as a slow receiver would
            socket.close();
            return request;
          } catch (IOException | InterruptedException e) {
            return "failed: " + e;
          }
        });
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    while (!bytes.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      bytes.write(b);
    }
    String head = bytes.toString(StandardCharsets.ISO_8859_1);
    int length = 0;
    for (String line : head.split("\r\n")) {
      if (line.startsWith("Content-Length: ")) {
        length = Integer.parseInt(line.substring(16));
      }
    }
    return head + new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }

  /** A key and a certificate for {@code name}, made by the JDK's keytool, trusted by itself. */
  private static SSLContext selfSigned(Path dir, String name) throws Exception {
    Path store = dir.resolve("receiver.p12");
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                "receiver",
                "-keyalg",
                "EC",
                "-dname",
                "CN=" + name,
                "-ext",
                "san=dns:" + name,
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                store.toString(),
                "-storepass",
                "changeit")
            .redirectErrorStream(true)
            .start();
    String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(keytool.waitFor()).as(output).isZero();
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      keys.load(in, "changeit".toCharArray());
    }
    KeyManagerFactory keyManagers = KeyManagerFactory.getInstance("PKIX");
    keyManagers.init(keys, "changeit".toCharArray());
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("receiver", keys.getCertificate("receiver"));
    TrustManagerFactory trustManagers =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trustManagers.init(trust);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
    return context;
  }
}
