package dev.penny.platform.webhook;

import dev.penny.platform.crypto.RandomTokens;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The webhook outbox: an event is written in the transaction of the change it reports (on that
 * transaction's connection), and delivered afterwards by {@link WebhookDispatcher}. The types a
 * store may receive are {@link #TYPES}. An event is written only for a store that has an endpoint
 * when the change is made (as Stripe's endpoints, an endpoint receives the events of changes made
 * after it was added): a settlement run tells each of 100 stores of each tab charge that collected
 * for it, and a store that listens to nothing should not cost a row per charge.
 */
public final class WebhookEvents {

  public static final String ORDER_PAID = "order.paid";
  public static final String ORDER_REFUNDED = "order.refunded";
  public static final String TAB_CHARGED = "tab.charged";
  public static final String TAB_LOCKED = "tab.locked";
  public static final String SETTLEMENT_CREATED = "settlement.created";
  public static final String TEST = "webhook.test";
  public static final Set<String> TYPES =
      Set.of(ORDER_PAID, ORDER_REFUNDED, TAB_CHARGED, TAB_LOCKED, SETTLEMENT_CREATED, TEST);

  private WebhookEvents() {}

  /**
   * Writes an event of {@code tenantId} on {@code connection}, in its transaction, whether or not
   * the store has an endpoint (a test event, for the endpoint it is sent to): its id.
   */
  static String insert(
      Connection connection, long tenantId, String type, JsonObject data, Instant at)
      throws SQLException {
    requireType(type);
    String id = newId();
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      bind(insert, id, tenantId, type, data, at);
      insert.executeUpdate();
    }
    return id;
  }

  /** One store's event: the store and what the event says. */
  public record StoreEvent(long tenantId, JsonObject data) {}

  /**
   * Publishes an event of {@code type} on {@code connection}, in its transaction, if the store
   * listens (has an endpoint): whether it was written.
   */
  public static boolean publish(
      Connection connection, long tenantId, String type, JsonObject data, Instant at)
      throws SQLException {
    return publishAll(connection, type, List.of(new StoreEvent(tenantId, data)), at) == 1;
  }

  /**
   * Publishes one event of {@code type} for each store that listens, in one batch on {@code
   * connection}, in its transaction (a tab charge tells every store it collected for): how many
   * were written.
   */
  public static int publishAll(
      Connection connection, String type, List<StoreEvent> events, Instant at) throws SQLException {
    requireType(type);
    Set<Long> listening =
        listening(connection, events.stream().map(StoreEvent::tenantId).distinct().toList());
    List<StoreEvent> written =
        events.stream().filter(event -> listening.contains(event.tenantId())).toList();
    if (written.isEmpty()) {
      return 0;
    }
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (StoreEvent event : written) {
        bind(insert, newId(), event.tenantId(), type, event.data(), at);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    return written.size();
  }

  /** Of these stores, those with at least one endpoint (one query). */
  static Set<Long> listening(Connection connection, List<Long> tenantIds) throws SQLException {
    Set<Long> listening = new HashSet<>();
    if (tenantIds.isEmpty()) {
      return listening;
    }
    String marks = String.join(", ", Collections.nCopies(tenantIds.size(), "?"));
    try (PreparedStatement s =
        connection.prepareStatement(
            "SELECT DISTINCT tenant_id FROM webhook_endpoint WHERE deleted_at IS NULL"
                + " AND tenant_id IN ("
                + marks
                + ")")) {
      for (int i = 0; i < tenantIds.size(); i++) {
        s.setLong(i + 1, tenantIds.get(i));
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          listening.add(rs.getLong(1));
        }
      }
    }
    return listening;
  }

  private static final String INSERT =
      "INSERT INTO webhook_event (public_id, tenant_id, type, payload, created_at)"
          + " VALUES (?, ?, ?, ?, ?)";

  private static void bind(
      PreparedStatement insert, String id, long tenantId, String type, JsonObject data, Instant at)
      throws SQLException {
    insert.setString(1, id);
    insert.setLong(2, tenantId);
    insert.setString(3, type);
    insert.setString(4, data.toString());
    insert.setTimestamp(5, Timestamp.from(at));
  }

  static void requireType(String type) {
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("Not a webhook event type: " + type);
    }
  }

  static String newId() {
    return RandomTokens.publicId("evt_");
  }
}
