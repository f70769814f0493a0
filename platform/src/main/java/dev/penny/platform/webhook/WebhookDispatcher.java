package dev.penny.platform.webhook;

import dev.penny.platform.json.Jsonp;
import dev.penny.platform.tenancy.TenantScope;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers the webhook outbox: each new event becomes one delivery per endpoint its store has then,
 * and each delivery is posted (JSON, signed, 10 s to answer, no redirects) until the endpoint
 * answers 2xx, retried with back-off (1 minute doubling to 12 hours, {@value #MAX_ATTEMPTS}
 * attempts over about 29 hours) before it is marked failed. Across stores through the named seam.
 */
@ApplicationScoped
public class WebhookDispatcher {

  static final int MAX_ATTEMPTS = 12;
  private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());
  private static final Duration LEASE = Duration.ofMinutes(1);

  @Resource(lookup = "java:app/jdbc/penny")
  DataSource dataSource;

  private final Clock clock;
  private final WebhookPost post =
      WebhookPost.withDefaultTrust(Duration.ofSeconds(5), Duration.ofSeconds(10));

  private final WebhookAddressRule addressRule;

  /** Penny's own ports: a delivery to this machine on one of them is refused. */
  private final java.util.Set<Integer> ownPorts;

  @Inject
  public WebhookDispatcher(
      Clock clock,
      @ConfigProperty(name = "penny.public-url", defaultValue = "http://localhost:8080")
          String publicUrl) {
    this.clock = clock;
    this.addressRule = WebhookAddressRule.configured();
    this.ownPorts =
        OwnServicePorts.withPublicUrl(OwnServicePorts.configured(), URI.create(publicUrl));
  }

  protected WebhookDispatcher() {
    this.clock = null;
    this.addressRule = null;
    this.ownPorts = null;
  }

  /**
   * How long {@link #dispatch} waits for the endpoints it started: one that takes longer (a silent
   * receiver, up to its timeouts) goes on by itself and is not started again meanwhile.
   */
  static final Duration WAIT_FOR_ENDPOINTS = Duration.ofSeconds(2);

  /** Endpoints that many are posted to at once; the rest wait for a free one. */
  static final int PARALLEL_ENDPOINTS = 16;

  /** The endpoints being posted to now (by this server), which a sweep leaves alone. */
  private final java.util.Set<Long> inFlight = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private java.util.concurrent.ExecutorService posting;

  /**
   * Fans new events out and posts every delivery that is due, each endpoint's on its own (so that
   * one store's silent or slow receiver holds back no other's, nor the next sweep): how many were
   * delivered within {@link #WAIT_FOR_ENDPOINTS}.
   */
  public int dispatch() {
    java.util.Map<Long, List<Long>> byEndpoint =
        TenantScope.acrossTenants(
            "deliver every store's webhooks",
            () -> {
              fanOut();
              java.util.Map<Long, List<Long>> due = new java.util.LinkedHashMap<>();
              for (long[] d : due()) {
                due.computeIfAbsent(d[1], e -> new ArrayList<>()).add(d[0]);
              }
              return due;
            });
    List<java.util.concurrent.Future<Integer>> started = new ArrayList<>();
    byEndpoint.forEach(
        (endpoint, deliveries) -> {
          if (inFlight.add(endpoint)) {
            started.add(
                pool()
                    .submit(
                        () ->
                            TenantScope.acrossTenants(
                                "post a webhook endpoint's deliveries",
                                () -> postAll(endpoint, deliveries))));
          }
        });
    long deadline = System.nanoTime() + WAIT_FOR_ENDPOINTS.toNanos();
    int delivered = 0;
    for (java.util.concurrent.Future<Integer> f : started) {
      try {
        delivered += f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (java.util.concurrent.TimeoutException stillPosting) {
        // It goes on by itself; its endpoint stays in flight until it ends.
      } catch (java.util.concurrent.ExecutionException e) {
        LOG.log(Level.WARNING, "A webhook endpoint's deliveries failed", e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return delivered;
  }

  /**
   * Posts one endpoint's due deliveries in order. One that gets no answer (a timeout, a refused
   * connection) ends the endpoint's turn: its other deliveries wait a minute, no attempt counted.
   */
  private int postAll(long endpoint, List<Long> deliveries) {
    try {
      int delivered = 0;
      for (long id : deliveries) {
        Outcome outcome = deliver(id);
        if (outcome == Outcome.DELIVERED) {
          delivered++;
        } else if (outcome == Outcome.NO_ANSWER) {
          holdBack(endpoint);
          break;
        }
      }
      return delivered;
    } finally {
      inFlight.remove(endpoint);
    }
  }

  private synchronized java.util.concurrent.ExecutorService pool() {
    if (posting == null) {
      java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
      posting =
          java.util.concurrent.Executors.newFixedThreadPool(
              PARALLEL_ENDPOINTS,
              task -> {
                Thread t = new Thread(task, "penny-webhook-post-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
              });
    }
    return posting;
  }

  @jakarta.annotation.PreDestroy
  synchronized void stop() {
    if (posting != null) {
      posting.shutdownNow();
    }
  }

  private void fanOut() {
    Instant now = clock.instant();
    try (Connection c = dataSource.getConnection()) {
      List<long[]> events = new ArrayList<>();
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT id, tenant_id FROM webhook_event WHERE fanned_out = FALSE ORDER BY id"
                  + " LIMIT 200")) {
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            events.add(new long[] {rs.getLong(1), rs.getLong(2)});
          }
        }
      }
      for (long[] event : events) {
        c.setAutoCommit(false);
        try (PreparedStatement insert =
                c.prepareStatement(
                    "INSERT IGNORE INTO webhook_delivery (tenant_id, event_id, endpoint_id,"
                        + " status, next_attempt_at, created_at)"
                        + " SELECT tenant_id, ?, id, 'PENDING', ?, ? FROM webhook_endpoint"
                        + " WHERE tenant_id = ? AND deleted_at IS NULL");
            PreparedStatement mark =
                c.prepareStatement("UPDATE webhook_event SET fanned_out = TRUE WHERE id = ?")) {
          insert.setLong(1, event[0]);
          insert.setTimestamp(2, Timestamp.from(now));
          insert.setTimestamp(3, Timestamp.from(now));
          insert.setLong(4, event[1]);
          insert.executeUpdate();
          mark.setLong(1, event[0]);
          mark.executeUpdate();
          c.commit();
        } catch (SQLException e) {
          c.rollback();
          throw e;
        } finally {
          c.setAutoCommit(true);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not fan webhook events out", e);
    }
  }

  /**
   * An endpoint that did not answer: its other due deliveries wait a minute (no attempt counted),
   * so that they neither fill the next sweeps nor hold the other stores' deliveries behind them.
   */
  private void holdBack(long endpointId) {
    Instant now = clock.instant();
    update(
        "UPDATE webhook_delivery SET next_attempt_at = ? WHERE endpoint_id = ?"
            + " AND status = 'PENDING' AND next_attempt_at <= ?",
        Timestamp.from(now.plus(Duration.ofMinutes(1))),
        endpointId,
        Timestamp.from(now));
  }

  /** What one attempt came to. */
  private enum Outcome {
    DELIVERED,
    REFUSED,
    NO_ANSWER,
    SKIPPED
  }

  /** Due deliveries, oldest first: {delivery id, endpoint id}. */
  private List<long[]> due() {
    List<long[]> ids = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                // A removed endpoint's deliveries never block the others' (remove() also ends
                // them; one fanned out while it was removed is left here).
                "SELECT d.id, d.endpoint_id FROM webhook_delivery d"
                    + " JOIN webhook_endpoint p ON p.tenant_id = d.tenant_id AND p.id = d.endpoint_id"
                    + " WHERE d.status = 'PENDING' AND d.next_attempt_at <= ?"
                    + " AND p.deleted_at IS NULL ORDER BY d.next_attempt_at, d.id LIMIT 50")) {
      s.setTimestamp(1, Timestamp.from(clock.instant()));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          ids.add(new long[] {rs.getLong(1), rs.getLong(2)});
        }
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read due webhook deliveries", e);
    }
  }

  /** What one delivery needs. */
  private record Work(
      long id,
      int attempts,
      Timestamp next,
      String url,
      List<String> secrets,
      String eventId,
      String type,
      String payload,
      Instant createdAt) {}

  private Outcome deliver(long id) {
    Work work = read(id);
    if (work == null) {
      return Outcome.SKIPPED;
    }
    Instant now = clock.instant();
    // The lease: another server (or sweep) that read the same delivery finds it moved, or not due
    // any more (already tried and put back), and leaves it.
    if (update(
            "UPDATE webhook_delivery SET next_attempt_at = ? WHERE id = ? AND status = 'PENDING'"
                + " AND next_attempt_at = ? AND next_attempt_at <= ?",
            Timestamp.from(now.plus(LEASE)),
            id,
            work.next(),
            Timestamp.from(now))
        == 0) {
      return Outcome.SKIPPED;
    }
    String body =
        Jsonp.JSON
            .createObjectBuilder()
            .add("id", work.eventId())
            .add("object", "event")
            .add("type", work.type())
            .add("created_at", work.createdAt().toString())
            .add("data", Jsonp.JSON.createReader(new StringReader(work.payload())).readObject())
            .build()
            .toString();
    int attempts = work.attempts() + 1;
    try {
      URI target = URI.create(work.url());
      // Asked again at every delivery (a name may point at a private address by now), and the
      // connection goes to the very addresses judged here: a name cannot change its answer between
      // the check and the call.
      List<InetAddress> addresses = WebhookAddressRule.addressesOf(target.getHost());
      Optional<String> refused = addressRule.deliveryRefusalOf(target.getHost(), addresses);
      if (refused.isEmpty()
          && ownPorts.contains(WebhookAddressRule.portOf(target))
          && WebhookAddressRule.reachesThisMachine(target.getHost(), addresses)) {
        refused = Optional.of("it points at Penny itself");
      }
      if (refused.isPresent()) {
        failed(id, attempts, null, "Not delivered: " + refused.get());
        return Outcome.REFUSED;
      }
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("Content-Type", "application/json");
      headers.put("User-Agent", "Penny-Webhooks/1");
      headers.put("Penny-Event-Id", work.eventId());
      // The real time, not the sandbox's moved clock: receivers check it against their own.
      headers.put(
          "Penny-Signature",
          WebhookSignature.header(Instant.now().getEpochSecond(), body, work.secrets()));
      int status = post.post(target, addresses, headers, body.getBytes(StandardCharsets.UTF_8));
      if (status >= 200 && status < 300) {
        update(
            "UPDATE webhook_delivery SET status = 'DELIVERED', attempts = ?, last_status = ?,"
                + " last_error = NULL, delivered_at = ? WHERE id = ?",
            attempts,
            status,
            Timestamp.from(clock.instant()),
            id);
        return Outcome.DELIVERED;
      }
      failed(id, attempts, status, "HTTP " + status);
      return Outcome.REFUSED;
    } catch (IOException | RuntimeException e) {
      LOG.fine(() -> "Webhook delivery " + id + " failed: " + e);
      failed(id, attempts, null, describe(e));
      return e instanceof IOException ? Outcome.NO_ANSWER : Outcome.REFUSED;
    }
  }

  /** What the merchant is shown of a delivery that got no answer: plain words, no class names. */
  static String describe(Exception e) {
    if (e instanceof java.net.http.HttpTimeoutException) {
      return "No answer within 10 seconds";
    }
    if (e instanceof java.net.ConnectException) {
      return "Connection refused or unreachable";
    }
    if (e instanceof java.net.UnknownHostException) {
      return "The host name does not resolve";
    }
    if (e instanceof javax.net.ssl.SSLException) {
      return "The TLS handshake failed (certificate or protocol)";
    }
    if (e instanceof IOException) {
      return "The connection failed before an answer";
    }
    return "The address cannot be called";
  }

  private void failed(long id, int attempts, Integer status, String error) {
    boolean last = attempts >= MAX_ATTEMPTS;
    Duration wait = Duration.ofMinutes(Math.min(720, 1L << Math.min(attempts - 1, 10)));
    update(
        "UPDATE webhook_delivery SET status = ?, attempts = ?, last_status = ?, last_error = ?,"
            + " next_attempt_at = ? WHERE id = ?",
        last ? "FAILED" : "PENDING",
        attempts,
        status,
        error.length() > 200 ? error.substring(0, 200) : error,
        Timestamp.from(clock.instant().plus(wait)),
        id);
    LOG.info(
        () ->
            "Webhook delivery "
                + id
                + (last ? " failed for good" : " failed; tried again later")
                + " ("
                + error
                + ")");
  }

  private Work read(long id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT d.id, d.attempts, d.next_attempt_at, p.url, p.secret, p.previous_secret,"
                    + " p.previous_until, e.public_id, e.type, e.payload, e.created_at"
                    + " FROM webhook_delivery d"
                    + " JOIN webhook_endpoint p ON p.tenant_id = d.tenant_id AND p.id = d.endpoint_id"
                    + " JOIN webhook_event e ON e.tenant_id = d.tenant_id AND e.id = d.event_id"
                    + " WHERE d.id = ? AND d.status = 'PENDING' AND p.deleted_at IS NULL")) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        List<String> secrets = new ArrayList<>();
        secrets.add(rs.getString(5));
        Timestamp until = rs.getTimestamp(7);
        if (rs.getString(6) != null
            && until != null
            && until.toInstant().isAfter(clock.instant())) {
          secrets.add(rs.getString(6));
        }
        return new Work(
            rs.getLong(1),
            rs.getInt(2),
            rs.getTimestamp(3),
            rs.getString(4),
            secrets,
            rs.getString(8),
            rs.getString(9),
            rs.getString(10),
            rs.getTimestamp(11).toInstant());
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the webhook delivery", e);
    }
  }

  private int update(String sql, Object... values) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not update the webhook delivery", e);
    }
  }
}
