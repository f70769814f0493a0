package dev.penny.launcher;

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
 * Penny's port and hands each request to a server on loopback ({@link ProxyConnection}: heads and
 * bodies pass as their bytes, so host names, cookies and redirects pass untouched). A request with
 * a session cookie goes to the server that made the session (the proxy notes it from the answer
 * that set the cookie; a session it never saw made goes by its id's hash), so that one browser's
 * requests meet one server while it is up; one without goes by its address (each page is then
 * cached on one server). A server that refuses a connection is passed over for {@link #REST_MILLIS}
 * while the others serve (the session moves with its shopper: the next server restores the sign-in
 * from its cookie); when none answers, the client gets a 503. Requests for the checkout zone (its
 * host name, or a path under {@code /checkout}) all go to the one server that runs it (as in
 * docker/, where the zone is a service of its own).
 *
 * <p>For trying a cluster on one machine; in production HAProxy does this (docker/).
 */
final class LoopbackProxy implements AutoCloseable {

  static final long REST_MILLIS = 2_000;
  static final int MAX_HEAD_BYTES = 64 * 1024;
  static final int HEAD_TIMEOUT_MILLIS = 30_000;
  private static final String ZONE_PATH = "/checkout";
  private static final Pattern REQUEST_LINE = Pattern.compile("\\A[A-Z]+ ([^ ?#\\r\\n]+)");
  private static final Pattern HOST = Pattern.compile("(?im)^host:[ \\t]*([^:\\s]+)");
  private static final Pattern SET_SESSION_COOKIE =
      Pattern.compile("(?im)^set-cookie:[ \\t]*JSESSIONID=([^;\\s]+)");
  private static final int KNOWN_SESSIONS = 100_000;
  private static final Pattern SESSION_COOKIE =
      Pattern.compile("(?im)^cookie:[^\\r\\n]*?\\bJSESSIONID=([^;\\s]+)");
  private static final int CONNECT_TIMEOUT_MILLIS = 1_000;
  static final byte[] NO_SERVER =
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

  /** Which server made each session (the most recent {@link #KNOWN_SESSIONS}). */
  private final Map<String, Integer> sessionServers =
      new java.util.LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
          return size() > KNOWN_SESSIONS;
        }
      };

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

  int zonePort() {
    return zonePort;
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
    new ProxyConnection(this, client).run();
  }

  /** The server a request head goes to, when it names one (the zone, or its session's). */
  Optional<Integer> portFor(byte[] head) {
    if (forTheZone(head)) {
      return Optional.of(zonePort);
    }
    OptionalInt preferred = preferredServer(head);
    return preferred.isPresent()
        ? Optional.of(servers.get(preferred.getAsInt()))
        : Optional.empty();
  }

  /** A new connection to the server a request head goes to (or, that one down, another). */
  Optional<Socket> connectFor(byte[] head) {
    return forTheZone(head) ? connect(zonePort) : connectToServer(preferredServer(head));
  }

  /**
   * The server that made the request's session (learnt from its answer that set the cookie), else
   * the one its {@link #affinity} names.
   */
  private OptionalInt preferredServer(byte[] head) {
    Optional<String> session = sessionId(head);
    if (session.isPresent()) {
      Integer port;
      synchronized (sessionServers) {
        port = sessionServers.get(session.get());
      }
      if (port != null && servers.contains(port)) {
        return OptionalInt.of(servers.indexOf(port));
      }
    }
    return affinity(head, servers.size());
  }

  /** Notes which server made a session, from an answer of {@code port} that sets the cookie. */
  void learnSessions(byte[] responseHead, int port) {
    Matcher made =
        SET_SESSION_COOKIE.matcher(new String(responseHead, StandardCharsets.ISO_8859_1));
    while (made.find()) {
      synchronized (sessionServers) {
        sessionServers.put(made.group(1), port);
      }
    }
  }

  static Optional<String> sessionId(byte[] head) {
    Matcher session = SESSION_COOKIE.matcher(new String(head, StandardCharsets.ISO_8859_1));
    return session.find() ? Optional.of(session.group(1)) : Optional.empty();
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

  /**
   * The server a request belongs with: its session's (the session cookie's hash), or, without a
   * session, its address's (the host and path's hash, so that each page is cached on one server);
   * empty for a head without either.
   */
  static OptionalInt affinity(byte[] head, int servers) {
    OptionalInt session = sessionAffinity(head, servers);
    if (session.isPresent()) {
      return session;
    }
    Matcher target = REQUEST_LINE.matcher(new String(head, StandardCharsets.ISO_8859_1));
    if (!target.find()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Math.floorMod((hostOf(head) + target.group(1)).hashCode(), servers));
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

  /** Copies bytes both ways between a client and a server until both directions end. */
  static void pipeBothWays(Socket client, Socket server) {
    Pipes both = new Pipes(client, server);
    Thread back = new Thread(() -> both.pipe(server, client), "penny-proxy-pipe");
    back.setDaemon(true);
    back.start();
    both.pipe(client, server);
    try {
      back.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A client and its server: two directions, both sockets closed once both have ended. */
  private static final class Pipes {
    private final Socket client;
    private final Socket server;
    private final AtomicInteger open = new AtomicInteger(2);

    Pipes(Socket client, Socket server) {
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
        closeQuietly(client);
        closeQuietly(server);
      }
    }
  }

  static void closeQuietly(Socket socket) {
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
