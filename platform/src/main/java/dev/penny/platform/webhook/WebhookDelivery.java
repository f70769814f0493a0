package dev.penny.platform.webhook;

import java.time.Instant;
import java.util.Optional;

/** One event's delivery to one endpoint, as the merchant sees it. */
public record WebhookDelivery(
    long id,
    String eventId,
    String type,
    String endpointId,
    String url,
    String status,
    int attempts,
    Optional<Integer> lastStatus,
    Optional<String> lastError,
    Instant createdAt,
    Optional<Instant> deliveredAt) {}
