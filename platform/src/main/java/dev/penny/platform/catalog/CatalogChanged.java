package dev.penny.platform.catalog;

/**
 * Fired (CDI event) after a store's catalog, settings or status changed: every cache of that
 * store's pages and views drops its entries.
 */
public record CatalogChanged(long tenantId) {}
