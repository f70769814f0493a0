package dev.penny.platform.tenancy;

import dev.penny.platform.cluster.ClusterWide;

/**
 * Fired (CDI event) after a store's catalog, settings or status changed: every cache of that
 * store's pages and views drops its entries, on every server of the cluster.
 */
public record StoreChanged(long tenantId) implements ClusterWide {}
