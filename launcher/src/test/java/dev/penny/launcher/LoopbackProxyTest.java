package dev.penny.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoopbackProxyTest {

  private final List<AutoCloseable> open = new ArrayList<>();
  private Backend zone;

  @org.junit.jupiter.api.BeforeEach
  void startZone() throws IOException {
    zone = backend("zone");
  }

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
  }

  @Test
  void aSessionCookieAlwaysPicksTheSameServerAndOtherCookiesDoNot() {
    byte[] first = head("Cookie: theme=dark; JSESSIONID=abc123.x; JSESSIONIDVERSION=2f:2");
    byte[] again = head("cookie: JSESSIONID=abc123.x");
    OptionalInt server = LoopbackProxy.sessionAffinity(first, 3);

    assertThat(server).isPresent();
    assertThat(LoopbackProxy.sessionAffinity(again, 3)).isEqualTo(server);
    assertThat(LoopbackProxy.sessionAffinity(head("Cookie: JSESSIONIDVERSION=2f:2"), 3)).isEmpty();
    assertThat(LoopbackProxy.sessionAffinity(head("X-Note: JSESSIONID=abc"), 3)).isEmpty();
    assertThat(LoopbackProxy.sessionAffinity(head("Accept: */*"), 3)).isEmpty();
    Set<Integer> spread = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      spread.add(LoopbackProxy.sessionAffinity(head("Cookie: JSESSIONID=s" + i), 3).getAsInt());
    }
    assertThat(spread).containsExactlyInAnyOrder(0, 1, 2);
  }

  @Test
  void theHeadIsReadToItsBlankLineAndWhatCameWithItIsKept() throws IOException {
    byte[] sent =
        "POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\n\r\nbody"
            .getBytes(StandardCharsets.US_ASCII);
    assertThat(LoopbackProxy.readHead(new ByteArrayInputStream(sent))).isEqualTo(sent);
    byte[] endless = new byte[LoopbackProxy.MAX_HEAD_BYTES * 2];
    assertThat(LoopbackProxy.readHead(new ByteArrayInputStream(endless)).length)
        .isLessThan(endless.length);
  }

  @Test
  void connectionsTakeTurnsAndASessionStaysWithItsServer() throws Exception {
    Backend a = backend("A");
    Backend b = backend("B");
    LoopbackProxy proxy = proxy(List.of(a.port(), b.port()));

    Set<String> answers = new HashSet<>();
    for (int i = 0; i < 4; i++) {
      answers.add(ask(proxy, ""));
    }
    assertThat(answers).containsExactlyInAnyOrder("A", "B");

    String cookie = "Cookie: JSESSIONID=shopper-42\r\n";
    String first = ask(proxy, cookie);
    for (int i = 0; i < 5; i++) {
      assertThat(ask(proxy, cookie)).isEqualTo(first);
    }
  }

  @Test
  void theCheckoutZonesHostAlwaysGoesToTheZonesServer() throws Exception {
    LoopbackProxy proxy = proxy(List.of(backend("A").port(), backend("B").port()));

    for (int i = 0; i < 4; i++) {
      assertThat(ask(proxy, "pay.localhost:8080", "")).isEqualTo("zone");
      assertThat(ask(proxy, "PAY.localhost", "Cookie: JSESSIONID=x\r\n")).isEqualTo("zone");
    }
    assertThat(ask(proxy, "localhost:8080", "")).isIn("A", "B");
    LoopbackProxy zoneOnly = proxy(List.of(backend("C").port()));
    assertThat(zoneOnly.forTheZone(head("X: y", "/checkout/api/v1/payments"))).isTrue();
    assertThat(zoneOnly.forTheZone(head("X: y", "/checkout"))).isTrue();
    assertThat(zoneOnly.forTheZone(head("X: y", "/checkouts/x"))).isFalse();
    assertThat(zoneOnly.forTheZone(head("X: y", "/s/demo-books/checkout"))).isFalse();
    assertThat(LoopbackProxy.hostOf(head("X: y").clone())).isEqualTo("localhost");
  }

  @Test
  void aServerThatIsGoneIsPassedOverAndNoneLeftAnswers503() throws Exception {
    Backend a = backend("A");
    Backend b = backend("B");
    LoopbackProxy proxy = proxy(List.of(a.port(), b.port()));
    String cookie = "Cookie: JSESSIONID=shopper-7\r\n";
    String holder = ask(proxy, cookie);

    (holder.equals("A") ? a : b).close();
    String other = holder.equals("A") ? "B" : "A";
    for (int i = 0; i < 4; i++) {
      assertThat(ask(proxy, cookie)).isEqualTo(other);
      assertThat(ask(proxy, "")).isEqualTo(other);
    }

    (holder.equals("A") ? b : a).close();
    assertThat(ask(proxy, "")).startsWith("HTTP/1.1 503");
  }

  private LoopbackProxy proxy(List<Integer> servers) {
    LoopbackProxy proxy = LoopbackProxy.start(0, servers, "pay.localhost", zone.port());
    open.add(proxy);
    return proxy;
  }

  /** One request through the proxy; the answering backend's name (or the whole answer). */
  private static String ask(LoopbackProxy proxy, String headers) throws IOException {
    return ask(proxy, "localhost", headers);
  }

  private static String ask(LoopbackProxy proxy, String host, String headers) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
      socket.setSoTimeout(5_000);
      socket
          .getOutputStream()
          .write(
              ("GET / HTTP/1.1\r\nHost: " + host + "\r\n" + headers + "Connection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      return answer.startsWith("HTTP/1.1 200")
          ? answer.substring(answer.indexOf("\r\n\r\n") + 4)
          : answer;
    }
  }

  private static byte[] head(String header) {
    return head(header, "/");
  }

  private static byte[] head(String header, String path) {
    return ("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + header + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  private Backend backend(String name) throws IOException {
    Backend backend = new Backend(name);
    open.add(backend);
    return backend;
  }

  /** A server that answers every connection's request with its name, then closes. */
  private static final class Backend implements AutoCloseable {
    private final ServerSocket socket;

    Backend(String name) throws IOException {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      Thread thread =
          new Thread(
              () -> {
                while (!socket.isClosed()) {
                  try (Socket client = socket.accept()) {
                    InputStream in = client.getInputStream();
                    LoopbackProxy.readHead(in);
                    OutputStream out = client.getOutputStream();
                    out.write(
                        ("HTTP/1.1 200 OK\r\nContent-Length: "
                                + name.length()
                                + "\r\nConnection: close\r\n\r\n"
                                + name)
                            .getBytes(StandardCharsets.US_ASCII));
                  } catch (IOException e) {
                    // Closed by the test.
                  }
                }
              });
      thread.setDaemon(true);
      thread.start();
    }

    int port() {
      return socket.getLocalPort();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
