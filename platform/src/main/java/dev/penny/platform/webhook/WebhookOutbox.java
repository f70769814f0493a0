package dev.penny.platform.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;

/**
 * The webhook outbox for code that changes things through JPA (orders): the event is written in the
 * caller's transaction, so it exists exactly when the change was committed; as with {@link
 * WebhookEvents}, only for a store that has an endpoint.
 */
@ApplicationScoped
public class WebhookOutbox {

  private final EntityManager em;
  private final Clock clock;

  @Inject
  public WebhookOutbox(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  protected WebhookOutbox() {
    this(null, null);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void publish(long tenantId, String type, JsonObject data) {
    WebhookEvents.requireType(type);
    em.createNativeQuery(
            "INSERT INTO webhook_event (public_id, tenant_id, type, payload, created_at)"
                + " SELECT ?1, ?2, ?3, ?4, ?5 FROM DUAL WHERE EXISTS (SELECT 1 FROM"
                + " webhook_endpoint WHERE tenant_id = ?2 AND deleted_at IS NULL)")
        .setParameter(1, WebhookEvents.newId())
        .setParameter(2, tenantId)
        .setParameter(3, type)
        .setParameter(4, data.toString())
        .setParameter(5, Timestamp.from(clock.instant()))
        .executeUpdate();
  }
}
