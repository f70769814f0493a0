package dev.penny.platform.tenancy;

/**
 * Fired (CDI event) after a store's catalog, settings or status changed: every cache of that
 * store's pages and views drops its entries.
 */
public record StoreChanged(long tenantId) {}
