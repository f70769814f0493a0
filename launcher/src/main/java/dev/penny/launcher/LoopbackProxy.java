package dev.penny.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small proxy in front of a local cluster ({@code PENNY_SERVERS=2} or more): it listens on
 * Penny's port and hands each connection to a server on loopback, byte for byte (TCP, so host
 * names, cookies and redirects pass untouched). A connection whose first request carries a session
 * cookie goes to the server that session's id hashes to, so that one browser's requests meet one
 * server while it is up; others go to the next server in turn. A server that refuses a connection
 * is passed over for {@link #REST_MILLIS} while the others serve (the session moves with its
 * shopper: the next server restores the sign-in from its cookie); when none answers, the client
 * gets a 503. Requests for the checkout zone (its host name, or a path under {@code /checkout}) all
 * go to the one server that runs it (as in docker/, where the zone is a service of its own).
 *
 * <p>For trying a cluster on one machine; in production HAProxy does this (docker/).
 */
final class LoopbackProxy implements AutoCloseable {

  static final long REST_MILLIS = 2_000;
  static final int MAX_HEAD_BYTES = 64 * 1024;
  private static final int HEAD_TIMEOUT_MILLIS = 30_000;
  private static final String ZONE_PATH = "/checkout";
  private static final Pattern REQUEST_LINE = Pattern.compile("\\A[A-Z]+ ([^ ?#\\r\\n]+)");
  private static final Pattern HOST = Pattern.compile("(?im)^host:[ \\t]*([^:\\s]+)");
  private static final Pattern SESSION_COOKIE =
      Pattern.compile("(?im)^cookie:[^\\r\\n]*?\\bJSESSIONID=([^;\\s]+)");
  private static final int CONNECT_TIMEOUT_MILLIS = 1_000;
  private static final byte[] NO_SERVER =
      ("HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
              + "Content-Length: 38\r\nConnection: close\r\nRetry-After: 5\r\n\r\n"
              + "No Penny server answers; retry soon.\r\n")
          .getBytes(StandardCharsets.US_ASCII);

  private final ServerSocket listener;
  private final List<Integer> servers;
  private final String zoneHost;
  private final int zonePort;
  private final AtomicInteger next = new AtomicInteger();
  private final Map<Integer, Long> restingUntil = new ConcurrentHashMap<>();
  private final ExecutorService pipes =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "penny-proxy-pipe");
            thread.setDaemon(true);
            return thread;
          });

  private LoopbackProxy(
      ServerSocket listener, List<Integer> servers, String zoneHost, int zonePort) {
    this.listener = listener;
    this.servers = List.copyOf(servers);
    this.zoneHost = zoneHost;
    this.zonePort = zonePort;
  }

  /**
   * Listens on 127.0.0.1:{@code port} for the servers on loopback at {@code servers}; requests for
   * the host name {@code zoneHost} go to the server at {@code zonePort} alone.
   */
  static LoopbackProxy start(int port, List<Integer> servers, String zoneHost, int zonePort) {
    if (servers.isEmpty()) {
      throw new IllegalArgumentException("A proxy needs at least one server");
    }
    ServerSocket listener;
    try {
      listener = new ServerSocket();
      listener.setReuseAddress(true);
      // Where one server would listen: every interface (the servers behind it: loopback only).
      listener.bind(new InetSocketAddress(port), 256);
    } catch (IOException e) {
      throw new LaunchException("The local cluster's proxy cannot listen on port " + port, e);
    }
    LoopbackProxy proxy =
        new LoopbackProxy(listener, servers, zoneHost.toLowerCase(Locale.ROOT), zonePort);
    Thread acceptor = new Thread(proxy::acceptAll, "penny-proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
    return proxy;
  }

  int port() {
    return listener.getLocalPort();
  }

  private void acceptAll() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        pipes.execute(() -> serve(client));
      } catch (IOException e) {
        if (listener.isClosed()) {
          return;
        }
      }
    }
  }

  private void serve(Socket client) {
    byte[] head;
    try {
      client.setSoTimeout(HEAD_TIMEOUT_MILLIS);
      head = readHead(client.getInputStream());
      client.setSoTimeout(0);
    } catch (IOException e) {
      closeQuietly(client);
      return;
    }
    Optional<Socket> server =
        forTheZone(head)
            ? connect(zonePort)
            : connectToServer(sessionAffinity(head, servers.size()));
    if (server.isEmpty()) {
      try (client) {
        client.getOutputStream().write(NO_SERVER);
      } catch (IOException ignored) {
        // The client went away too.
      }
      return;
    }
    try {
      server.get().getOutputStream().write(head);
    } catch (IOException e) {
      closeQuietly(server.get());
      closeQuietly(client);
      return;
    }
    Connection connection = new Connection(client, server.get());
    pipes.execute(() -> connection.pipe(connection.server, connection.client));
    connection.pipe(connection.client, connection.server);
  }

  /**
   * The bytes of the first request head (and any that came with it), read until its blank line, the
   * end of input or {@link #MAX_HEAD_BYTES}.
   */
  static byte[] readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream(1024);
    byte[] buffer = new byte[4096];
    int read;
    while (head.size() < MAX_HEAD_BYTES && (read = in.read(buffer)) >= 0) {
      head.write(buffer, 0, read);
      if (new String(head.toByteArray(), StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
        break;
      }
    }
    return head.toByteArray();
  }

  /**
   * Whether a request is the checkout zone's: by its host name, or its path ({@code /checkout}).
   */
  boolean forTheZone(byte[] head) {
    if (zoneHost.equals(hostOf(head))) {
      return true;
    }
    Matcher target = REQUEST_LINE.matcher(new String(head, StandardCharsets.ISO_8859_1));
    return target.find()
        && (target.group(1).equals(ZONE_PATH) || target.group(1).startsWith(ZONE_PATH + "/"));
  }

  /** The host name (no port) a request head names, lower case; empty when it names none. */
  static String hostOf(byte[] head) {
    Matcher host = HOST.matcher(new String(head, StandardCharsets.ISO_8859_1));
    return host.find() ? host.group(1).toLowerCase(Locale.ROOT) : "";
  }

  /** The server a request head's session cookie belongs with, if it has one. */
  static OptionalInt sessionAffinity(byte[] head, int servers) {
    Matcher session = SESSION_COOKIE.matcher(new String(head, StandardCharsets.ISO_8859_1));
    if (!session.find()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Math.floorMod(session.group(1).hashCode(), servers));
  }

  /**
   * The preferred server, or the next one in turn, or failing those any other that accepts a
   * connection, passing over the resting ones.
   */
  Optional<Socket> connectToServer(OptionalInt preferred) {
    int first =
        preferred.isPresent()
            ? preferred.getAsInt()
            : Math.floorMod(next.getAndIncrement(), servers.size());
    for (int i = 0; i < servers.size(); i++) {
      int port = servers.get((first + i) % servers.size());
      if (restingUntil.getOrDefault(port, 0L) > System.currentTimeMillis()) {
        continue;
      }
      Optional<Socket> socket = connect(port);
      if (socket.isPresent()) {
        return socket;
      }
    }
    return Optional.empty();
  }

  /** A connection to the server at {@code port}, which rests a while when it refuses. */
  private Optional<Socket> connect(int port) {
    Socket socket = new Socket();
    try {
      socket.setTcpNoDelay(true);
      socket.connect(
          new InetSocketAddress(InetAddress.getLoopbackAddress(), port), CONNECT_TIMEOUT_MILLIS);
      restingUntil.remove(port);
      return Optional.of(socket);
    } catch (IOException e) {
      closeQuietly(socket);
      restingUntil.put(port, System.currentTimeMillis() + REST_MILLIS);
      return Optional.empty();
    }
  }

  /** A client and its server: two directions, both sockets closed once both have ended. */
  private static final class Connection {
    final Socket client;
    final Socket server;
    private final AtomicInteger open = new AtomicInteger(2);

    Connection(Socket client, Socket server) {
      this.client = client;
      this.server = server;
    }

    /** Copies one direction until it ends, then ends the other side's writing. */
    void pipe(Socket from, Socket to) {
      byte[] buffer = new byte[16 * 1024];
      try {
        InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream();
        int read;
        while ((read = in.read(buffer)) >= 0) {
          out.write(buffer, 0, read);
          out.flush();
        }
        to.shutdownOutput();
      } catch (IOException e) {
        // A reset or a closed socket on either side ends the whole connection.
        open.set(1);
      }
      if (open.decrementAndGet() <= 0) {
        closeQuietly(from);
        closeQuietly(to);
      }
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Already closed.
    }
  }

  @Override
  public void close() {
    try {
      listener.close();
    } catch (IOException ignored) {
      // Closed already.
    }
    pipes.shutdownNow();
  }
}
