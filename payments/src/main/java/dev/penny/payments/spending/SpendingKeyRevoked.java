package dev.penny.payments.spending;

import dev.penny.platform.cluster.ClusterWide;

/** A spending key was revoked: every server forgets what it knew of it. */
public record SpendingKeyRevoked(String publicId) implements ClusterWide {}
