package dev.penny.platform.catalog;

/** Whether a product ships (and has stock) or is delivered as a download or access. */
public enum ProductKind {
  PHYSICAL,
  DIGITAL
}
