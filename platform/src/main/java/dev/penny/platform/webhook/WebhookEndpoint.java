package dev.penny.platform.webhook;

import java.time.Instant;
import java.util.Optional;

/**
 * A store's webhook endpoint as its merchant sees it; {@code secret} only right after it was
 * created or rotated (it is shown once).
 */
public record WebhookEndpoint(String id, String url, Instant createdAt, Optional<String> secret) {}
