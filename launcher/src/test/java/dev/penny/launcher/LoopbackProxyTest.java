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
  void aSessionGoesToTheServerThatMadeIt() throws Exception {
    Backend a = backend("A");
    Backend b = backend("B");
    LoopbackProxy proxy = proxy(List.of(a.port(), b.port()));
    String byHash = cookieFor(proxy, a, "Cookie: JSESSIONID=");

    proxy.learnSessions(
        bytes("HTTP/1.1 200 OK\r\nSet-Cookie: " + byHash.substring(8) + "; Path=/\r\n\r\n"),
        b.port());

    assertThat(proxy.portFor(head(byHash))).contains(b.port());
    assertThat(ask(proxy, byHash + "\r\n")).isEqualTo("B");
    assertThat(proxy.portFor(head("Cookie: theme=dark; " + byHash.substring(8))))
        .contains(b.port());
  }

  @Test
  void aRequestWithoutASessionGoesByItsAddress() {
    LoopbackProxy proxy = proxy(List.of(1, 2, 3));
    for (String path : new String[] {"/s/demo-books/", "/s/demo-books/p/7", "/api/v1/x"}) {
      Integer first = proxy.portFor(head("X: y", path)).orElseThrow();
      for (int i = 0; i < 5; i++) {
        assertThat(proxy.portFor(head("Cookie: penny_cart=" + i, path))).contains(first);
      }
    }
  }

  @Test
  void aHeadIsReadToItsBlankLineAndItsFramingIsUnderstood() throws IOException {
    String head = "POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\n\r\n";
    byte[] sent = (head + "body").getBytes(StandardCharsets.US_ASCII);
    ByteArrayInputStream in = new ByteArrayInputStream(sent);
    assertThat(new String(ProxyConnection.readHead(in), StandardCharsets.US_ASCII)).isEqualTo(head);
    assertThat(in.readAllBytes()).asString().isEqualTo("body");
    byte[] endless = new byte[LoopbackProxy.MAX_HEAD_BYTES * 2];
    assertThat(ProxyConnection.readHead(new ByteArrayInputStream(endless)).length)
        .isLessThan(endless.length);

    assertThat(ProxyConnection.requestFraming(bytes(head)))
        .contains(new ProxyConnection.Framing(4, false, false));
    assertThat(
            ProxyConnection.requestFraming(
                bytes("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")))
        .contains(new ProxyConnection.Framing(-1, true, false));
    assertThat(ProxyConnection.requestFraming(bytes("GET / HTTP/1.0\r\nHost: a\r\n\r\n")))
        .contains(new ProxyConnection.Framing(0, false, true));
    // Java's HttpClient offers h2c on each new connection: the offer is taken out.
    assertThat(
            new String(
                ProxyConnection.withoutCleartextHttp2Offer(
                    bytes(
                        "GET /x HTTP/1.1\r\nConnection: Upgrade, HTTP2-Settings\r\nHost: a\r\n"
                            + "Upgrade: h2c\r\nHTTP2-Settings: AAEAAEAA\r\nCookie: h2c=1\r\n\r\n")),
                StandardCharsets.US_ASCII))
        .isEqualTo("GET /x HTTP/1.1\r\nHost: a\r\nCookie: h2c=1\r\n\r\n");
    assertThat(
            new String(
                ProxyConnection.withoutCleartextHttp2Offer(
                    bytes(
                        "GET / HTTP/1.1\r\nConnection: keep-alive, Upgrade\r\nUpgrade: h2c\r\n\r\n")),
                StandardCharsets.US_ASCII))
        .isEqualTo("GET / HTTP/1.1\r\nConnection: keep-alive\r\n\r\n");
    byte[] plain = bytes("GET / HTTP/1.1\r\nHost: a\r\n\r\n");
    assertThat(ProxyConnection.withoutCleartextHttp2Offer(plain)).isSameAs(plain);
    assertThat(
            ProxyConnection.requestFraming(
                bytes(
                    "GET / HTTP/1.1\r\nConnection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\n"
                        + "HTTP2-Settings: AAEAAEAAAAIAAAABAAMAAABkAAQBAAAAAAUAAEAA\r\n\r\n")))
        .contains(new ProxyConnection.Framing(0, false, false));
    // The servers learn the client's address from the last X-Forwarded-For entry, the proxy's.
    assertThat(
            new String(
                ProxyConnection.forwardedFor(
                    bytes("GET / HTTP/1.1\r\nHost: a\r\nX-Forwarded-For: 6.6.6.6\r\n\r\n"),
                    "127.0.0.1"),
                StandardCharsets.US_ASCII))
        .isEqualTo(
            "GET / HTTP/1.1\r\nHost: a\r\nX-Forwarded-For: 6.6.6.6\r\n"
                + "X-Forwarded-For: 127.0.0.1\r\n\r\n");
    byte[] cut = bytes("GET / HTTP/1.1\r\nHost: a\r\n");
    assertThat(ProxyConnection.forwardedFor(cut, "127.0.0.1")).isSameAs(cut);
    // What this proxy does not frame goes to one server as bytes, to answer as it will.
    for (String odd :
        new String[] {
          "GARBAGE\r\n\r\n",
          "GET / HTTP/2.0\r\n\r\n",
          "POST / HTTP/1.1\r\nContent-Length: 4\r\nContent-Length: 5\r\n\r\n",
          "POST / HTTP/1.1\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n",
          "POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n",
          "GET / HTTP/1.1\r\nNoColon\r\n\r\n"
        }) {
      assertThat(ProxyConnection.requestFraming(bytes(odd))).as(odd).isEmpty();
    }
  }

  @Test
  void requestsOnOneConnectionAreRoutedOneByOneWithTheirBodies() throws Exception {
    Backend a = keepAliveBackend("A");
    Backend b = keepAliveBackend("B");
    LoopbackProxy proxy =
        LoopbackProxy.start(
            0, List.of(a.port(), b.port()), "pay.localhost", keepAliveBackend("zone").port());
    open.add(proxy);
    String toA = cookieFor(proxy, a, "Cookie: JSESSIONID=");
    String toB = cookieFor(proxy, b, "Cookie: JSESSIONID=");

    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      InputStream in = new java.io.BufferedInputStream(socket.getInputStream());
      out.write(
          bytes(
              "POST /one HTTP/1.1\r\nHost: localhost\r\n"
                  + toA
                  + "\r\nContent-Length: 5\r\n\r\nhello"));
      assertThat(response(in)).isEqualTo("A:POST /one:hello");
      out.write(
          bytes(
              "POST /two HTTP/1.1\r\nHost: localhost\r\n"
                  + toB
                  + "\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n"));
      assertThat(response(in)).isEqualTo("B:POST /two:abcde");
      out.write(bytes("GET /three HTTP/1.1\r\nHost: pay.localhost\r\n\r\n"));
      assertThat(response(in)).isEqualTo("zone:GET /three:");
      out.write(bytes("GET /checkout/api HTTP/1.1\r\nHost: localhost\r\n" + toB + "\r\n\r\n"));
      assertThat(response(in)).isEqualTo("zone:GET /checkout/api:");
      out.write(bytes("GET /four HTTP/1.1\r\nHost: localhost\r\n" + toA + "\r\n\r\n"));
      assertThat(response(in)).isEqualTo("A:GET /four:");
    }
  }

  @Test
  void aKeptServerConnectionIdleLongerThanTheServerKeepsItIsNotReusedForAPost() throws Exception {
    // The server drops a connection idle for a second, without a word (as Payara does after 30 s).
    Backend a = new Backend("A", true, 1_000);
    open.add(a);
    LoopbackProxy proxy = LoopbackProxy.start(0, List.of(a.port()), "pay.localhost", zone.port());
    open.add(proxy);

    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      InputStream in = new java.io.BufferedInputStream(socket.getInputStream());
      out.write(bytes("GET /one HTTP/1.1\r\nHost: localhost\r\n\r\n"));
      assertThat(response(in)).isEqualTo("A:GET /one:");
      Thread.sleep(ProxyConnection.REUSE_IDLE_MILLIS + 500);
      out.write(bytes("POST /two HTTP/1.1\r\nHost: localhost\r\nContent-Length: 3\r\n\r\nabc"));
      assertThat(response(in)).isEqualTo("A:POST /two:abc");
    }
  }

  /** A session cookie the proxy sends to {@code backend}. */
  private static String cookieFor(LoopbackProxy proxy, Backend backend, String prefix) {
    for (int i = 0; i < 1000; i++) {
      String header = prefix + "s" + i;
      if (proxy.portFor(head(header)).orElse(-1) == backend.port()) {
        return header;
      }
    }
    throw new AssertionError("no session id for " + backend.port());
  }

  /** One chunked response's body, read from a kept connection. */
  private static String response(InputStream in) throws IOException {
    String head = new String(ProxyConnection.readHead(in), StandardCharsets.US_ASCII);
    assertThat(head).startsWith("HTTP/1.1 200").contains("Transfer-Encoding: chunked");
    StringBuilder body = new StringBuilder();
    while (true) {
      String size = line(in).strip();
      int length = Integer.parseInt(size, 16);
      if (length == 0) {
        line(in);
        return body.toString();
      }
      body.append(new String(in.readNBytes(length), StandardCharsets.US_ASCII));
      line(in);
    }
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0 && c != '\n') {
      line.append((char) c);
    }
    return line.toString();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private Backend keepAliveBackend(String name) throws IOException {
    Backend backend = new Backend(name, true, 0);
    open.add(backend);
    return backend;
  }

  @Test
  void pagesAreSpreadOverTheServersAndASessionStaysWithItsServer() throws Exception {
    Backend a = backend("A");
    Backend b = backend("B");
    LoopbackProxy proxy = proxy(List.of(a.port(), b.port()));

    Set<String> answers = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      answers.add(ask(proxy, "localhost", "", "/page-" + i));
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

    stop(holder.equals("A") ? a : b);
    String other = holder.equals("A") ? "B" : "A";
    for (int i = 0; i < 4; i++) {
      assertThat(ask(proxy, cookie)).isEqualTo(other);
      assertThat(ask(proxy, "")).isEqualTo(other);
    }

    stop(holder.equals("A") ? b : a);
    assertThat(ask(proxy, "")).startsWith("HTTP/1.1 503");
  }

  /**
   * Closes a backend and waits until its port refuses connections (a closed server socket whose
   * accepting thread has not woken yet still accepts for a moment).
   */
  private static void stop(Backend backend) throws Exception {
    backend.close();
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (System.nanoTime() < deadline) {
      try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), backend.port())) {
        Thread.sleep(10);
      } catch (java.net.ConnectException refused) {
        return;
      }
    }
    throw new AssertionError("The backend still accepts connections");
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
    return ask(proxy, host, headers, "/");
  }

  private static String ask(LoopbackProxy proxy, String host, String headers, String path)
      throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
      socket.setSoTimeout(5_000);
      socket
          .getOutputStream()
          .write(
              ("GET "
                      + path
                      + " HTTP/1.1\r\nHost: "
                      + host
                      + "\r\n"
                      + headers
                      + "Connection: close\r\n\r\n")
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
    Backend backend = new Backend(name, false, 0);
    open.add(backend);
    return backend;
  }

  /**
   * A server that answers every request with its name: at once and then closing, or (keeping the
   * connection) with its name, the request line and the body it read, chunked.
   */
  private static final class Backend implements AutoCloseable {
    private final ServerSocket socket;

    Backend(String name, boolean keepAlive, int idleMillis) throws IOException {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      Thread thread =
          new Thread(
              () -> {
                while (!socket.isClosed()) {
                  try {
                    Socket client = socket.accept();
                    client.setSoTimeout(idleMillis);
                    Thread serve =
                        new Thread(() -> serve(client, name, keepAlive), "backend-" + name);
                    serve.setDaemon(true);
                    serve.start();
                  } catch (IOException e) {
                    // Closed by the test.
                  }
                }
              });
      thread.setDaemon(true);
      thread.start();
    }

    private static void serve(Socket client, String name, boolean keepAlive) {
      try (client) {
        InputStream in = new java.io.BufferedInputStream(client.getInputStream());
        OutputStream out = client.getOutputStream();
        while (true) {
          String head = new String(ProxyConnection.readHead(in), StandardCharsets.US_ASCII);
          if (head.isEmpty()) {
            return;
          }
          if (!keepAlive) {
            out.write(
                ("HTTP/1.1 200 OK\r\nContent-Length: "
                        + name.length()
                        + "\r\nConnection: close\r\n\r\n"
                        + name)
                    .getBytes(StandardCharsets.US_ASCII));
            return;
          }
          String body = "";
          java.util.regex.Matcher length =
              java.util.regex.Pattern.compile("Content-Length: (\\d+)").matcher(head);
          if (length.find()) {
            body = new String(in.readNBytes(Integer.parseInt(length.group(1))));
          } else if (head.contains("chunked")) {
            StringBuilder chunks = new StringBuilder();
            while (true) {
              int size = Integer.parseInt(line(in).strip(), 16);
              if (size == 0) {
                line(in);
                break;
              }
              chunks.append(new String(in.readNBytes(size)));
              line(in);
            }
            body = chunks.toString();
          }
          String answer = name + ":" + head.substring(0, head.indexOf(" HTTP/")) + ":" + body;
          out.write(
              ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                      + Integer.toHexString(answer.length())
                      + "\r\n"
                      + answer
                      + "\r\n0\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
          out.flush();
        }
      } catch (IOException e) {
        // The proxy closed the connection.
      }
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
