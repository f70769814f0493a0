package dev.penny.platform.webhook;

import jakarta.json.JsonObject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The webhook outbox: an event is written in the transaction of the change it reports (on that
 * transaction's connection), and delivered afterwards by {@link WebhookDispatcher}. The types a
 * store may receive are {@link #TYPES}.
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

  private static final SecureRandom RANDOM = new SecureRandom();

  private WebhookEvents() {}

  /** Writes an event of {@code tenantId} on {@code connection}, in its transaction. */
  public static String insert(
      Connection connection, long tenantId, String type, JsonObject data, Instant at)
      throws SQLException {
    return insertAll(connection, type, List.of(new StoreEvent(tenantId, data)), at).get(0);
  }

  /** One store's event: the store and what the event says. */
  public record StoreEvent(long tenantId, JsonObject data) {}

  /**
   * Writes one event of {@code type} for each store, in one batch on {@code connection}, in its
   * transaction (a tab charge tells every store it collected for): their ids, in order.
   */
  public static List<String> insertAll(
      Connection connection, String type, List<StoreEvent> events, Instant at) throws SQLException {
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("Not a webhook event type: " + type);
    }
    List<String> ids = new ArrayList<>();
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO webhook_event (public_id, tenant_id, type, payload, created_at)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      for (StoreEvent event : events) {
        String id = newId();
        insert.setString(1, id);
        insert.setLong(2, event.tenantId());
        insert.setString(3, type);
        insert.setString(4, event.data().toString());
        insert.setTimestamp(5, Timestamp.from(at));
        insert.addBatch();
        ids.add(id);
      }
      insert.executeBatch();
    }
    return ids;
  }

  static String newId() {
    byte[] bytes = new byte[11];
    RANDOM.nextBytes(bytes);
    return "evt_" + HexFormat.of().formatHex(bytes);
  }
}
