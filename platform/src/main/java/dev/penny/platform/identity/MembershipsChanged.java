package dev.penny.platform.identity;

import dev.penny.platform.cluster.ClusterWide;

/** A user's store memberships changed in Keycloak: every server asks Keycloak afresh. */
public record MembershipsChanged(String userId) implements ClusterWide {}
