package dev.penny.platform.webhook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One webhook POST over HTTP/1.1 to an address that was checked, and to no other: the connection
 * goes to the {@link InetAddress} the caller resolved and judged, while the request names the
 * endpoint's host ({@code Host}, TLS server name and certificate check). A client that resolves the
 * name again when it connects (as {@code java.net.http.HttpClient} does) can be sent elsewhere in
 * between by a name whose answers change (DNS rebinding); this one cannot.
 *
 * <p>Only the status line is read; the connection is then closed, so that an endpoint that sends
 * its answer slowly or never ends it holds nothing. No redirect is followed.
 */
final class WebhookPost {

  private static final int MAX_STATUS_LINE = 8 * 1024;

  private final SSLSocketFactory tls;
  private final Duration connectTimeout;
  private final Duration answerTimeout;

  WebhookPost(SSLSocketFactory tls, Duration connectTimeout, Duration answerTimeout) {
    this.tls = tls;
    this.connectTimeout = connectTimeout;
    this.answerTimeout = answerTimeout;
  }

  /** With the JVM's default trust (the certificates any browser would accept). */
  static WebhookPost withDefaultTrust(Duration connectTimeout, Duration answerTimeout) {
    return new WebhookPost(
        (SSLSocketFactory) SSLSocketFactory.getDefault(), connectTimeout, answerTimeout);
  }

  /**
   * Posts {@code body} to {@code target}, connecting to the first of {@code addresses} that accepts
   * (each one already judged by the caller): the answer's status code.
   */
  int post(URI target, List<InetAddress> addresses, Map<String, String> headers, byte[] body)
      throws IOException {
    if (addresses.isEmpty()) {
      throw new java.net.UnknownHostException(target.getHost());
    }
    // As sent on the wire: an address stored before addresses had to be ASCII is percent-encoded.
    URI wire = URI.create(target.toASCIIString());
    boolean https = "https".equalsIgnoreCase(wire.getScheme());
    int port = WebhookAddressRule.portOf(wire);
    byte[] head = head(wire, port, https, headers, body.length);
    long deadline = System.nanoTime() + connectTimeout.toNanos() + answerTimeout.toNanos();
    try (Socket socket = connect(addresses, port, deadline)) {
      // The one hard limit: a receiver that sends its handshake or answer a byte at a time resets
      // every read's timeout, so the socket is closed when the time is up, whatever it is doing.
      ScheduledFuture<?> cutOff =
          DEADLINES.schedule(
              () -> closeQuietly(socket),
              Math.max(1, deadline - System.nanoTime()),
              TimeUnit.NANOSECONDS);
      try {
        Socket channel = https ? handshake(socket, wire.getHost(), port, deadline) : socket;
        try (channel) {
          OutputStream out = channel.getOutputStream();
          out.write(head);
          out.write(body);
          out.flush();
          return finalStatus(channel, deadline);
        }
      } catch (IOException e) {
        if (System.nanoTime() - deadline >= 0 || cutOff.isDone()) {
          throw new HttpTimeoutException("No answer within " + answerTimeout);
        }
        throw e;
      } finally {
        cutOff.cancel(false);
      }
    }
  }

  /** Closes the sockets of deliveries whose time is up (one daemon thread for all). */
  private static final ScheduledExecutorService DEADLINES =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "penny-webhook-deadlines");
            thread.setDaemon(true);
            return thread;
          });

  /** At most this many of a name's addresses are tried, each for what is left of the time. */
  static final int MOST_ADDRESSES = 3;

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // closing to end a delivery whose time is up: nothing more to do
    }
  }

  private Socket connect(List<InetAddress> addresses, int port, long deadline) throws IOException {
    IOException last = null;
    for (InetAddress address : addresses.subList(0, Math.min(MOST_ADDRESSES, addresses.size()))) {
      long left = (deadline - System.nanoTime()) / 1_000_000;
      if (left <= 0) {
        break;
      }
      Socket socket = new Socket();
      try {
        socket.connect(
            new InetSocketAddress(address, port),
            (int) Math.max(1, Math.min(connectTimeout.toMillis(), left)));
        return socket;
      } catch (SocketTimeoutException e) {
        socket.close();
        last = new HttpConnectTimeoutException("No connection within " + connectTimeout);
      } catch (IOException e) {
        socket.close();
        last = e;
      }
    }
    throw last != null ? last : new HttpConnectTimeoutException("No connection in time");
  }

  /**
   * The status of the final answer: interim 1xx answers (100 Continue, 103 Early Hints) are read
   * past, as RFC 9110 asks of a client that did not ask for them.
   */
  private int finalStatus(Socket socket, long deadline) throws IOException {
    for (int interim = 0; interim < 10; interim++) {
      int status = statusOf(readLine(socket, deadline));
      if (status >= 200 || status == 101) {
        return status;
      }
      while (!readLine(socket, deadline).isEmpty()) {
        // an interim answer's header lines, up to the empty line that ends it
      }
    }
    throw new IOException("Only interim answers");
  }

  private Socket handshake(Socket socket, String host, int port, long deadline) throws IOException {
    String name = bare(host);
    if (name.endsWith(".")) {
      name =
          name.substring(0, name.length() - 1); // a name's root dot is no part of its certificate
    }
    SSLSocket ssl = (SSLSocket) tls.createSocket(socket, name, port, true);
    SSLParameters parameters = ssl.getSSLParameters();
    // The certificate must name the endpoint's host, as a browser would require.
    parameters.setEndpointIdentificationAlgorithm("HTTPS");
    if (!host.startsWith("[") && WebhookAddressRule.ipv4Of(host) == null) {
      // A name, not an address: sent as the server name (an address is never one).
      parameters.setServerNames(List.of(new SNIHostName(name)));
    }
    ssl.setSSLParameters(parameters);
    ssl.setSoTimeout(remainingMillis(deadline));
    try {
      ssl.startHandshake();
    } catch (SocketTimeoutException e) {
      throw new HttpTimeoutException("No answer within " + answerTimeout);
    }
    return ssl;
  }

  private static byte[] head(
      URI target, int port, boolean https, Map<String, String> headers, int length) {
    String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : null;
    StringBuilder head = new StringBuilder(256);
    head.append("POST ").append(path != null ? path : target.getRawPath());
    if (target.getRawQuery() != null) {
      head.append('?').append(target.getRawQuery());
    }
    head.append(" HTTP/1.1\r\nHost: ").append(target.getHost());
    if (port != (https ? 443 : 80)) {
      head.append(':').append(port);
    }
    head.append("\r\n");
    headers.forEach(
        (name, value) -> {
          if (!safe(name) || !safe(value)) {
            throw new IllegalArgumentException("A header holds a control character: " + name);
          }
          head.append(name).append(": ").append(value).append("\r\n");
        });
    head.append("Content-Length: ").append(length).append("\r\n");
    head.append("Connection: close\r\n\r\n");
    return head.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Printable ASCII (and spaces): nothing that could end a header line or the head. */
  private static boolean safe(String text) {
    return text.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
  }

  private String readLine(Socket socket, long deadline) throws IOException {
    InputStream in = socket.getInputStream();
    ByteArrayOutputStream line = new ByteArrayOutputStream(64);
    try {
      while (line.size() < MAX_STATUS_LINE) {
        socket.setSoTimeout(remainingMillis(deadline));
        int b = in.read();
        if (b < 0) {
          throw new IOException("The connection closed before an answer");
        }
        if (b == '\n') {
          return line.toString(StandardCharsets.ISO_8859_1).strip();
        }
        line.write(b);
      }
    } catch (SocketTimeoutException e) {
      throw new HttpTimeoutException("No answer within " + answerTimeout);
    }
    throw new IOException("A line of the answer is too long");
  }

  private int remainingMillis(long deadline) throws HttpTimeoutException {
    long left = (deadline - System.nanoTime()) / 1_000_000;
    if (left <= 0) {
      throw new HttpTimeoutException("No answer within " + answerTimeout);
    }
    return (int) Math.min(Integer.MAX_VALUE, left);
  }

  /** The status code of {@code HTTP/1.x NNN reason}. */
  static int statusOf(String statusLine) throws IOException {
    if (statusLine.length() >= 12
        && statusLine.startsWith("HTTP/1.")
        && statusLine.charAt(8) == ' '
        && (statusLine.length() == 12 || statusLine.charAt(12) == ' ')) {
      String code = statusLine.substring(9, 12);
      if (code.chars().allMatch(c -> c >= '0' && c <= '9') && code.charAt(0) != '0') {
        return Integer.parseInt(code);
      }
    }
    throw new IOException("Not an HTTP answer");
  }

  /** An IPv6 literal without its brackets; any other host as it is. */
  static String bare(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }
}
