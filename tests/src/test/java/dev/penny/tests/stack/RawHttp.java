package dev.penny.tests.stack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written by hand over a socket on loopback, for requests no client library sends: bad
 * percent-escapes, odd methods and Host headers, broken bodies. One request per connection.
 */
public final class RawHttp {

  private static final int TIMEOUT_MILLIS = 10_000;
  private static final int MOST_BYTES = 2_000_000;

  private RawHttp() {}

  /** A response as read from the wire; {@code timedOut} when nothing complete came in time. */
  public record Reply(
      int status, String reason, Map<String, String> headers, String body, boolean timedOut) {
    public String header(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
    }
  }

  /** Sends {@code head} (request line and headers, without the blank line) and {@code body}. */
  public static Reply send(int port, String head, byte[] body) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(TIMEOUT_MILLIS);
      OutputStream out = socket.getOutputStream();
      StringBuilder request = new StringBuilder(head);
      if (body.length > 0) {
        request.append("\r\nContent-Length: ").append(body.length);
      }
      request.append("\r\nConnection: close\r\n\r\n");
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      return read(socket.getInputStream());
    }
  }

  private static Reply read(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean timedOut = false;
    try {
      byte[] buffer = new byte[16_384];
      int n;
      while ((n = in.read(buffer)) > 0 && bytes.size() < MOST_BYTES) {
        bytes.write(buffer, 0, n);
      }
    } catch (SocketTimeoutException e) {
      timedOut = true;
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      return new Reply(0, "", Map.of(), text, timedOut);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    String[] statusLine = lines[0].split(" ", 3);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(
            lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).trim());
      }
    }
    int status = statusLine.length > 1 ? parse(statusLine[1]) : 0;
    return new Reply(
        status,
        statusLine.length > 2 ? statusLine[2] : "",
        headers,
        text.substring(end + 4),
        timedOut);
  }

  private static int parse(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
