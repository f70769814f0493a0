package dev.penny.platform.webhook;

import dev.penny.platform.crypto.RandomTokens;
import dev.penny.platform.json.Jsonp;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.problem.InvalidInputException;
import dev.penny.platform.problem.ItemNotFoundException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A store's webhook endpoints: added (an http(s) address that is not Penny itself; the secret is
 * shown once), removed, their secret rotated (the old one still signs for a day), a test event
 * sent, and their deliveries listed. Every read and write names the store.
 */
@ApplicationScoped
public class WebhookEndpoints {

  static final int MAX_ENDPOINTS = 10;
  static final Duration ROTATION_GRACE = Duration.ofDays(1);

  @Resource(lookup = "java:app/jdbc/penny")
  DataSource dataSource;

  private final Clock clock;
  private final URI publicUrl;
  private final WebhookAddressRule addressRule;
  private final java.util.Set<Integer> ownPorts;

  @Inject
  public WebhookEndpoints(
      Clock clock,
      @ConfigProperty(name = "penny.public-url", defaultValue = "http://localhost:8080")
          String publicUrl) {
    this(clock, publicUrl, WebhookAddressRule.configured(), OwnServicePorts.configured());
  }

  WebhookEndpoints(Clock clock, String publicUrl, WebhookAddressRule addressRule) {
    this(clock, publicUrl, addressRule, java.util.Set.of());
  }

  WebhookEndpoints(
      Clock clock,
      String publicUrl,
      WebhookAddressRule addressRule,
      java.util.Set<Integer> ownPorts) {
    this.clock = clock;
    this.publicUrl = URI.create(publicUrl);
    this.addressRule = addressRule;
    this.ownPorts = OwnServicePorts.withPublicUrl(ownPorts, this.publicUrl);
  }

  protected WebhookEndpoints() {
    this.clock = null;
    this.publicUrl = null;
    this.addressRule = null;
    this.ownPorts = null;
  }

  public WebhookEndpoint add(long tenantId, String url) {
    URI checked = check(url);
    String secret = newSecret();
    String id = RandomTokens.publicId("we_");
    Instant now = clock.instant();
    try (Connection c = dataSource.getConnection()) {
      // Counted and added under the store's row lock: two adds at once cannot both find nine.
      boolean ownTransaction = c.getAutoCommit();
      if (ownTransaction) {
        c.setAutoCommit(false);
      }
      try {
        addCounted(c, tenantId, id, checked, secret, now);
        if (ownTransaction) {
          c.commit();
        }
      } catch (SQLException | RuntimeException e) {
        if (ownTransaction) {
          c.rollback();
        }
        throw e;
      } finally {
        if (ownTransaction) {
          c.setAutoCommit(true);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not add the endpoint", e);
    }
    return new WebhookEndpoint(id, checked.toString(), now, Optional.of(secret));
  }

  private static void addCounted(
      Connection c, long tenantId, String id, URI checked, String secret, Instant now)
      throws SQLException {
    try (PreparedStatement lock =
        c.prepareStatement("SELECT id FROM tenant WHERE id = ? FOR UPDATE")) {
      lock.setLong(1, tenantId);
      lock.executeQuery().close();
    }
    if (count(c, tenantId) >= MAX_ENDPOINTS) {
      throw new InvalidInputException(
          ErrorCode.INVALID_INPUT, List.of("A store has at most 10 webhook endpoints."));
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO webhook_endpoint (public_id, tenant_id, url, secret, created_at)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      insert.setString(1, id);
      insert.setLong(2, tenantId);
      insert.setString(3, checked.toString());
      insert.setString(4, secret);
      insert.setTimestamp(5, Timestamp.from(now));
      insert.executeUpdate();
    }
  }

  /**
   * An address Penny will post to: http or https, a host, no user or fragment, at most 500
   * characters, and not Penny itself (its own address, or this machine on the port of one of
   * Penny's services: {@link OwnServicePorts}), so that a webhook cannot make Penny call its own
   * API, database or identity provider; nor, unless private networks are allowed, a loopback,
   * private or reserved address ({@link WebhookAddressRule}).
   */
  URI check(String url) {
    String text = url == null ? "" : url.strip();
    if (!text.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      // Java's URI takes other characters as they are (a raw U+202E could show the address
      // reversed in the list); an address on the wire is ASCII.
      throw invalid(
          "A webhook address is written in ASCII: an international host name as xn--..., other"
              + " characters percent-encoded.");
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw invalid("Enter a web address such as https://example.com/penny-webhooks.");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (text.length() > 500) {
      throw invalid("A webhook address is at most 500 characters.");
    }
    if (uri.getRawUserInfo() != null) {
      throw invalid("A webhook address carries no user name or password (user:password@).");
    }
    if (!(scheme.equals("http") || scheme.equals("https"))
        || uri.getHost() == null
        || uri.getRawUserInfo() != null
        || uri.getRawFragment() != null) {
      throw invalid(
          "A webhook address is an http:// or https:// address such as https://example.com/hooks.");
    }
    if (uri.getPort() == 0 || uri.getPort() > 65_535) {
      throw invalid("A webhook address's port is 1 to 65535.");
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    if (host.contains("%")) {
      // An IPv6 zone (fe80::1%eth0) names a link of this machine, which no check of the address
      // itself sees through.
      throw invalid("A webhook address's host has no IPv6 zone (%...).");
    }
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    int port = WebhookAddressRule.portOf(uri);
    String pennyHost =
        publicUrl.getHost() == null ? "" : publicUrl.getHost().toLowerCase(Locale.ROOT);
    boolean pennyPort = ownPorts.contains(port);
    boolean pennysName = host.equals(pennyHost) || host.endsWith("." + pennyHost);
    // Penny's own name is Penny on any port, except where private networks are allowed (a sandbox
    // whose receivers run beside it, at localhost): there only Penny's own ports are Penny.
    if (pennysName && (pennyPort || !addressRule.allowsPrivateNetworks())
        || (pennyPort && WebhookAddressRule.reachesThisMachine(host))) {
      throw invalid("A webhook address cannot point at Penny itself.");
    }
    Optional<String> refused = addressRule.refusalOf(host);
    if (refused.isPresent()) {
      throw invalid(
          "A webhook address must be reachable on the internet; this one names "
              + refused.get()
              + ".");
    }
    return uri;
  }

  private static InvalidInputException invalid(String message) {
    return new InvalidInputException(ErrorCode.INVALID_WEBHOOK_URL, List.of(message));
  }

  public List<WebhookEndpoint> list(long tenantId) {
    List<WebhookEndpoint> list = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT public_id, url, created_at FROM webhook_endpoint"
                    + " WHERE tenant_id = ? AND deleted_at IS NULL ORDER BY id")) {
      s.setLong(1, tenantId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          list.add(
              new WebhookEndpoint(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getTimestamp(3).toInstant(),
                  Optional.empty()));
        }
      }
      return list;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the endpoints", e);
    }
  }

  public void remove(long tenantId, String endpointId) {
    if (update(
            "UPDATE webhook_endpoint SET deleted_at = ? WHERE tenant_id = ? AND public_id = ?"
                + " AND deleted_at IS NULL",
            Timestamp.from(clock.instant()),
            tenantId,
            endpointId)
        == 0) {
      throw notFound();
    }
    // What was still to be sent there is not sent any more, and says so.
    update(
        "UPDATE webhook_delivery d"
            + " JOIN webhook_endpoint p ON p.tenant_id = d.tenant_id AND p.id = d.endpoint_id"
            + " SET d.status = 'FAILED', d.last_error = 'Not delivered: the endpoint was removed'"
            + " WHERE p.tenant_id = ? AND p.public_id = ?"
            + " AND d.status = 'PENDING'",
        tenantId,
        endpointId);
  }

  /** A new secret; the old one goes on signing for a day beside it. */
  public WebhookEndpoint rotate(long tenantId, String endpointId) {
    String secret = newSecret();
    Instant now = clock.instant();
    if (update(
            "UPDATE webhook_endpoint SET previous_secret = secret, previous_until = ?, secret = ?"
                + " WHERE tenant_id = ? AND public_id = ? AND deleted_at IS NULL",
            Timestamp.from(now.plus(ROTATION_GRACE)),
            secret,
            tenantId,
            endpointId)
        == 0) {
      throw notFound();
    }
    WebhookEndpoint endpoint =
        list(tenantId).stream().filter(e -> e.id().equals(endpointId)).findFirst().orElseThrow();
    return new WebhookEndpoint(
        endpoint.id(), endpoint.url(), endpoint.createdAt(), Optional.of(secret));
  }

  /** Sends a {@code webhook.test} event to this one endpoint. */
  public String sendTest(long tenantId, String endpointId) {
    long endpoint = internalId(tenantId, endpointId);
    Instant now = clock.instant();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        String eventId =
            WebhookEvents.insert(
                c,
                tenantId,
                WebhookEvents.TEST,
                Jsonp.JSON.createObjectBuilder().add("endpoint", endpointId).build(),
                now);
        // A test goes to the endpoint asked for only: its delivery is made here, fanned out.
        try (PreparedStatement s =
            c.prepareStatement("UPDATE webhook_event SET fanned_out = TRUE WHERE public_id = ?")) {
          s.setString(1, eventId);
          s.executeUpdate();
        }
        try (PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO webhook_delivery (tenant_id, event_id, endpoint_id, status,"
                    + " next_attempt_at, created_at)"
                    + " SELECT ?, id, ?, 'PENDING', ?, ? FROM webhook_event WHERE public_id = ?")) {
          s.setLong(1, tenantId);
          s.setLong(2, endpoint);
          s.setTimestamp(3, Timestamp.from(now));
          s.setTimestamp(4, Timestamp.from(now));
          s.setString(5, eventId);
          s.executeUpdate();
        }
        c.commit();
        return eventId;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not send the test event", e);
    }
  }

  /** The store's newest deliveries (all endpoints, or one), newest first. */
  public List<WebhookDelivery> deliveries(long tenantId, Optional<String> endpointId, int limit) {
    return deliveries(tenantId, endpointId, OptionalLong.empty(), limit);
  }

  /**
   * A page of the store's deliveries (of one endpoint, or all), newest first: those older than the
   * delivery {@code before} when given (the last of the previous page).
   */
  public List<WebhookDelivery> deliveries(
      long tenantId, Optional<String> endpointId, OptionalLong before, int limit) {
    List<WebhookDelivery> list = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT d.id, e.public_id, e.type, p.public_id, p.url, d.status, d.attempts,"
                    + " d.last_status, d.last_error, d.created_at, d.delivered_at"
                    + " FROM webhook_delivery d"
                    + " JOIN webhook_event e ON e.tenant_id = d.tenant_id AND e.id = d.event_id"
                    + " JOIN webhook_endpoint p"
                    + " ON p.tenant_id = d.tenant_id AND p.id = d.endpoint_id"
                    + " WHERE d.tenant_id = ? AND (? IS NULL OR p.public_id = ?)"
                    + " AND d.id < ?"
                    + " ORDER BY d.id DESC LIMIT ?")) {
      s.setLong(1, tenantId);
      s.setString(2, endpointId.orElse(null));
      s.setString(3, endpointId.orElse(null));
      s.setLong(4, before.orElse(Long.MAX_VALUE));
      s.setInt(5, limit);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          int last = rs.getInt(8);
          Optional<Integer> lastStatus = rs.wasNull() ? Optional.empty() : Optional.of(last);
          Timestamp delivered = rs.getTimestamp(11);
          list.add(
              new WebhookDelivery(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getInt(7),
                  lastStatus,
                  Optional.ofNullable(rs.getString(9)),
                  rs.getTimestamp(10).toInstant(),
                  Optional.ofNullable(delivered).map(Timestamp::toInstant)));
        }
      }
      return list;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the deliveries", e);
    }
  }

  /** The endpoint's secret (for the sandbox's signature check), if it is the store's. */
  /**
   * The secrets an endpoint's deliveries are signed with now: its secret, and the one it replaced
   * while that goes on signing (a day after a rotation). Empty when there is no such endpoint.
   */
  public List<String> secretsOf(long tenantId, String endpointId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT secret, previous_secret, previous_until FROM webhook_endpoint"
                    + " WHERE tenant_id = ? AND public_id = ? AND deleted_at IS NULL")) {
      s.setLong(1, tenantId);
      s.setString(2, endpointId);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return List.of();
        }
        Timestamp until = rs.getTimestamp(3);
        if (rs.getString(2) != null
            && until != null
            && until.toInstant().isAfter(clock.instant())) {
          return List.of(rs.getString(1), rs.getString(2));
        }
        return List.of(rs.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the endpoint", e);
    }
  }

  private long internalId(long tenantId, String endpointId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT id FROM webhook_endpoint WHERE tenant_id = ? AND public_id = ?"
                    + " AND deleted_at IS NULL")) {
      s.setLong(1, tenantId);
      s.setString(2, endpointId);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw notFound();
        }
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the endpoint", e);
    }
  }

  private static int count(Connection c, long tenantId) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            // A locking read: the latest rows, whatever the transaction read before.
            "SELECT COUNT(*) FROM webhook_endpoint WHERE tenant_id = ? AND deleted_at IS NULL"
                + " FOR UPDATE")) {
      s.setLong(1, tenantId);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
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
      throw new IllegalStateException("Could not update the endpoint", e);
    }
  }

  private static ItemNotFoundException notFound() {
    return new ItemNotFoundException(
        ErrorCode.WEBHOOK_ENDPOINT_NOT_FOUND, "No such webhook endpoint");
  }

  private static String newSecret() {
    return "whsec_" + RandomTokens.urlSafe(24);
  }
}
