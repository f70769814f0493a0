package dev.penny.launcher;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One client connection of the {@link LoopbackProxy}, request by request: each request is routed on
 * its own (a browser's connection carries requests with and without its session cookie, a client's
 * pooled connection requests for the storefront and for the checkout zone), and its response is
 * passed back whole before the next request is read. Heads and bodies pass as the bytes they are;
 * only their framing (Content-Length, chunked) is read, to know where each ends. A request whose
 * head this class cannot frame (malformed) is handed to one server as a byte stream for the rest of
 * the connection, so that the server's own answer to it is what the client gets; so is a connection
 * a server switches to another protocol (101).
 */
final class ProxyConnection {

  private static final Pattern REQUEST_LINE =
      Pattern.compile("\\A([A-Z]{1,20}) [^ \\r\\n]+ HTTP/1\\.([01])\\r\\n");
  private static final Pattern STATUS_LINE =
      Pattern.compile("\\AHTTP/1\\.[01] ([0-9]{3})[^\\r\\n]*\\r\\n");
  private static final byte[] BAD_GATEWAY =
      ("HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/plain; charset=utf-8\r\n"
              + "Content-Length: 41\r\nConnection: close\r\n\r\n"
              + "The Penny server stopped while answering\n")
          .getBytes(StandardCharsets.US_ASCII);

  private final LoopbackProxy proxy;
  private final Socket client;
  private final Map<Socket, Upstream> upstreams = new HashMap<>();
  private final Map<Integer, Upstream> byPort = new HashMap<>();
  private final Set<Socket> answered = new HashSet<>();
  private Upstream lastStorefront;

  /**
   * How long a kept server connection may have been idle and still carry a request. Payara closes
   * an idle connection after 30 s, silently: a request sent on it as it closes is lost, and one
   * with a body cannot be sent again safely. Well before that, a new connection is opened instead.
   */
  static final long REUSE_IDLE_MILLIS = 5_000;

  /** A server connection this client's requests reuse while it stays open. */
  private static final class Upstream {
    final Socket socket;
    final BufferedInputStream in;
    final OutputStream out;
    long lastUsed = System.nanoTime();

    Upstream(Socket socket, BufferedInputStream in, OutputStream out) {
      this.socket = socket;
      this.in = in;
      this.out = out;
    }

    Socket socket() {
      return socket;
    }

    BufferedInputStream in() {
      return in;
    }

    OutputStream out() {
      return out;
    }

    boolean idleTooLong() {
      return System.nanoTime() - lastUsed > REUSE_IDLE_MILLIS * 1_000_000L;
    }
  }

  /** What framing a head declares; empty when it cannot be framed. */
  record Framing(long contentLength, boolean chunked, boolean close) {}

  ProxyConnection(LoopbackProxy proxy, Socket client) {
    this.proxy = proxy;
    this.client = client;
  }

  void run() {
    try {
      client.setTcpNoDelay(true);
      BufferedInputStream in = new BufferedInputStream(client.getInputStream(), 16 * 1024);
      OutputStream out = client.getOutputStream();
      while (true) {
        client.setSoTimeout(LoopbackProxy.HEAD_TIMEOUT_MILLIS);
        byte[] head = readHead(in);
        client.setSoTimeout(0);
        if (head.length == 0) {
          return;
        }
        head = withoutCleartextHttp2Offer(head);
        Optional<Framing> request = requestFraming(head);
        if (request.isEmpty()) {
          passTheRestAsBytes(head, in);
          return;
        }
        head = forwardedFor(head, client.getInetAddress().getHostAddress());
        if (!exchange(head, request.get(), in, out) || request.get().close()) {
          return;
        }
      }
    } catch (IOException e) {
      // The client went away, or a server did mid-answer: the connection ends.
    } finally {
      upstreams.values().forEach(u -> LoopbackProxy.closeQuietly(u.socket()));
      LoopbackProxy.closeQuietly(client);
    }
  }

  /** One request and its response; whether the client connection may carry another request. */
  private boolean exchange(byte[] head, Framing request, BufferedInputStream in, OutputStream out)
      throws IOException {
    boolean noBody = request.contentLength() == 0 && !request.chunked();
    Optional<Upstream> upstream = upstreamFor(head);
    if (upstream.isEmpty()) {
      out.write(LoopbackProxy.NO_SERVER);
      out.flush();
      return false;
    }
    Upstream server = upstream.get();
    boolean reused = answered.contains(server.socket());
    byte[] responseHead;
    try {
      server.out().write(head);
      copyBody(request, in, server.out());
      server.out().flush();
      responseHead = readHead(server.in());
    } catch (IOException e) {
      responseHead = new byte[0];
    }
    if (responseHead.length == 0 && reused && noBody) {
      // A kept connection the server had closed meanwhile: the request again, on a new one.
      forget(server);
      upstream = upstreamFor(head);
      if (upstream.isEmpty()) {
        out.write(LoopbackProxy.NO_SERVER);
        out.flush();
        return false;
      }
      server = upstream.get();
      server.out().write(head);
      server.out().flush();
      responseHead = readHead(server.in());
    }
    while (true) {
      if (responseHead.length == 0) {
        forget(server);
        out.write(BAD_GATEWAY);
        out.flush();
        return false;
      }
      Matcher status = STATUS_LINE.matcher(ascii(responseHead));
      if (!status.find()) {
        forget(server);
        out.write(BAD_GATEWAY);
        out.flush();
        return false;
      }
      int code = Integer.parseInt(status.group(1));
      proxy.learnSessions(responseHead, server.socket().getPort());
      out.write(responseHead);
      if (code == 101) {
        out.flush();
        Upstream switched = server;
        upstreams.remove(switched.socket());
        byPort.values().removeIf(u -> u == switched);
        LoopbackProxy.pipeBothWays(client, switched.socket());
        return false;
      }
      if (code >= 100 && code < 200) {
        out.flush();
        responseHead = readHead(server.in());
        continue;
      }
      Optional<Framing> response = responseFraming(responseHead, head, code);
      if (response.isEmpty()) {
        // Delimited by the server closing: pass on until it does, then close too.
        server.in().transferTo(out);
        out.flush();
        forget(server);
        return false;
      }
      copyBody(response.get(), server.in(), out);
      out.flush();
      if (response.get().close()) {
        forget(server);
        return false;
      }
      answered.add(server.socket());
      server.lastUsed = System.nanoTime();
      return true;
    }
  }

  /** A kept connection to the server the request goes to, or a new one. */
  private Optional<Upstream> upstreamFor(byte[] head) throws IOException {
    Optional<Integer> port = proxy.portFor(head);
    Upstream kept = port.isPresent() ? byPort.get(port.get()) : lastStorefront;
    if (kept != null && kept.idleTooLong()) {
      forget(kept);
      kept = null;
    }
    if (kept != null && !kept.socket().isClosed() && upstreams.containsKey(kept.socket())) {
      remember(port, kept);
      return Optional.of(kept);
    }
    Optional<Socket> socket = proxy.connectFor(head);
    if (socket.isEmpty()) {
      return Optional.empty();
    }
    Socket s = socket.get();
    Upstream fresh =
        new Upstream(
            s, new BufferedInputStream(s.getInputStream(), 16 * 1024), s.getOutputStream());
    upstreams.put(s, fresh);
    byPort.put(s.getPort(), fresh);
    remember(port, fresh);
    return Optional.of(fresh);
  }

  /**
   * Keeps the connection for the server the request named (its own server resting, another took the
   * request), and as the one requests that name no server go to (a storefront request).
   */
  private void remember(Optional<Integer> port, Upstream upstream) {
    port.ifPresent(p -> byPort.put(p, upstream));
    if (upstream.socket().getPort() != proxy.zonePort() || port.isEmpty()) {
      lastStorefront = upstream;
    }
  }

  private void forget(Upstream server) {
    upstreams.remove(server.socket());
    answered.remove(server.socket());
    byPort.values().removeIf(u -> u == server);
    if (lastStorefront == server) {
      lastStorefront = null;
    }
    LoopbackProxy.closeQuietly(server.socket());
  }

  /** A head this class cannot frame: one server gets it and the rest of the connection as bytes. */
  private void passTheRestAsBytes(byte[] head, BufferedInputStream in) throws IOException {
    Optional<Socket> server = proxy.connectFor(head);
    if (server.isEmpty()) {
      client.getOutputStream().write(LoopbackProxy.NO_SERVER);
      return;
    }
    server.get().getOutputStream().write(head);
    byte[] buffered = in.readNBytes(in.available());
    server.get().getOutputStream().write(buffered);
    LoopbackProxy.pipeBothWays(client, server.get());
  }

  /**
   * The head without an offer to switch to HTTP/2 in clear text ({@code Upgrade: h2c}, which Java's
   * HTTP client makes on every new connection and Payara accepts): an HTTP/2 connection would carry
   * every later request to the server that accepted it, past this proxy's routing. Browsers never
   * make the offer (they speak HTTP/2 over TLS only); the request goes on as HTTP/1.1.
   */
  static byte[] withoutCleartextHttp2Offer(byte[] head) {
    String text = ascii(head);
    if (!text.toLowerCase(Locale.ROOT).contains("h2c")) {
      return head;
    }
    StringBuilder kept = new StringBuilder(text.length());
    String[] lines = text.split("\r\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String lower = line.toLowerCase(Locale.ROOT);
      if (i > 0
          && (lower.startsWith("http2-settings:")
              || (lower.startsWith("upgrade:") && lower.substring(8).strip().equals("h2c")))) {
        continue;
      }
      if (i > 0 && lower.startsWith("connection:")) {
        String tokens =
            java.util.Arrays.stream(line.substring(11).split(","))
                .map(String::strip)
                .filter(
                    t -> !t.equalsIgnoreCase("upgrade") && !t.equalsIgnoreCase("http2-settings"))
                .filter(t -> !t.isEmpty())
                .collect(java.util.stream.Collectors.joining(", "));
        if (tokens.isEmpty()) {
          continue;
        }
        line = "Connection: " + tokens;
      }
      kept.append(line);
      if (i < lines.length - 1) {
        kept.append("\r\n");
      }
    }
    return kept.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /**
   * The head with the client's address appended to {@code X-Forwarded-For} (as a field of its own,
   * after any the client sent): the servers trust the last entry when it comes from this proxy.
   */
  static byte[] forwardedFor(byte[] head, String client) {
    String text = ascii(head);
    if (!text.endsWith("\r\n\r\n")) {
      return head;
    }
    return (text.substring(0, text.length() - 2) + "X-Forwarded-For: " + client + "\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  /**
   * A request head's framing: its body's length (or chunked), and whether the client closes after;
   * empty when the head is not one this class forwards request by request.
   */
  static Optional<Framing> requestFraming(byte[] head) {
    String text = ascii(head);
    Matcher line = REQUEST_LINE.matcher(text);
    if (!line.find()) {
      return Optional.empty();
    }
    Optional<Map<String, String>> headers = headers(text);
    if (headers.isEmpty()) {
      return Optional.empty();
    }
    // An upgrade offer (Java's client offers h2c on every new connection) is an ordinary request
    // until a server accepts it with 101; then the connection becomes the two parties' bytes.
    boolean http10 = line.group(2).equals("0");
    String connection = headers.get().getOrDefault("connection", "").toLowerCase(Locale.ROOT);
    boolean close = connection.contains("close") || (http10 && !connection.contains("keep-alive"));
    return framing(headers.get(), close, false);
  }

  /** A response's framing; empty when the server delimits it by closing. */
  static Optional<Framing> responseFraming(byte[] response, byte[] request, int status) {
    Optional<Map<String, String>> headers = headers(ascii(response));
    if (headers.isEmpty()) {
      return Optional.empty();
    }
    String connection = headers.get().getOrDefault("connection", "").toLowerCase(Locale.ROOT);
    boolean close = connection.contains("close");
    if (ascii(request).startsWith("HEAD ") || status == 204 || status == 304) {
      return Optional.of(new Framing(0, false, close));
    }
    return framing(headers.get(), close, true);
  }

  private static Optional<Framing> framing(
      Map<String, String> headers, boolean close, boolean response) {
    String encoding = headers.get("transfer-encoding");
    String length = headers.get("content-length");
    if (encoding != null) {
      if (length != null || !encoding.strip().equalsIgnoreCase("chunked")) {
        return Optional.empty();
      }
      return Optional.of(new Framing(-1, true, close));
    }
    if (length == null) {
      return response ? Optional.empty() : Optional.of(new Framing(0, false, close));
    }
    if (!length.strip().matches("[0-9]{1,15}")) {
      return Optional.empty();
    }
    return Optional.of(new Framing(Long.parseLong(length.strip()), false, close));
  }

  /** The header fields by lower-case name; empty when one repeats framing or is malformed. */
  private static Optional<Map<String, String>> headers(String head) {
    Map<String, String> fields = new HashMap<>();
    String[] lines = head.split("\r\n");
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty()) {
        break;
      }
      int colon = line.indexOf(':');
      if (colon <= 0 || line.charAt(0) == ' ' || line.charAt(0) == '\t') {
        return Optional.empty();
      }
      String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (fields.containsKey(name)
          && (name.equals("content-length") || name.equals("transfer-encoding"))) {
        return Optional.empty();
      }
      fields.merge(name, value, (a, b) -> a + ", " + b);
    }
    return Optional.of(fields);
  }

  private static void copyBody(Framing framing, InputStream in, OutputStream out)
      throws IOException {
    if (framing.chunked()) {
      copyChunks(in, out);
    } else if (framing.contentLength() > 0) {
      copyExactly(in, out, framing.contentLength());
    }
  }

  /** Chunks as they are, to the last one and its trailer. */
  private static void copyChunks(InputStream in, OutputStream out) throws IOException {
    while (true) {
      byte[] sizeLine = readLine(in);
      out.write(sizeLine);
      String size = ascii(sizeLine).strip();
      int extension = size.indexOf(';');
      if (extension >= 0) {
        size = size.substring(0, extension).strip();
      }
      if (!size.matches("[0-9A-Fa-f]{1,12}")) {
        throw new IOException("Not a chunk size: " + size);
      }
      long length = Long.parseLong(size, 16);
      if (length == 0) {
        while (true) {
          byte[] trailer = readLine(in);
          out.write(trailer);
          if (ascii(trailer).equals("\r\n")) {
            return;
          }
        }
      }
      copyExactly(in, out, length);
      out.write(readLine(in));
    }
  }

  private static void copyExactly(InputStream in, OutputStream out, long length)
      throws IOException {
    byte[] buffer = new byte[16 * 1024];
    long left = length;
    while (left > 0) {
      int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (read < 0) {
        throw new IOException("The body ended early");
      }
      out.write(buffer, 0, read);
      left -= read;
    }
  }

  /** One line, with its line end; an empty array at the end of input. */
  private static byte[] readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(64);
    int b;
    while ((b = in.read()) >= 0) {
      line.write(b);
      if (b == '\n' || line.size() > LoopbackProxy.MAX_HEAD_BYTES) {
        break;
      }
    }
    if (line.size() == 0) {
      throw new IOException("The stream ended inside a chunked body");
    }
    return line.toByteArray();
  }

  /**
   * A head: the bytes up to and including its blank line, or all that came before the end of input
   * or {@link LoopbackProxy#MAX_HEAD_BYTES}; empty at the end of input.
   */
  static byte[] readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream(1024);
    int matched = 0;
    int b;
    while (head.size() < LoopbackProxy.MAX_HEAD_BYTES && (b = in.read()) >= 0) {
      head.write(b);
      matched =
          switch (matched) {
            case 0, 2 -> b == '\r' ? matched + 1 : 0;
            case 1, 3 -> b == '\n' ? matched + 1 : (b == '\r' ? 1 : 0);
            default -> 0;
          };
      if (matched == 4) {
        break;
      }
    }
    return head.toByteArray();
  }

  private static String ascii(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }
}
