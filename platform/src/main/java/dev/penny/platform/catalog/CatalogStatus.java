package dev.penny.platform.catalog;

/** Archived items stay for orders that reference them but are no longer shown or sold. */
public enum CatalogStatus {
  ACTIVE,
  ARCHIVED
}
