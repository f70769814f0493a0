package dev.penny.platform.tenancy;

/** Whether a store serves its pages and API. A suspended store answers as if closed. */
public enum TenantStatus {
  ACTIVE,
  SUSPENDED
}
