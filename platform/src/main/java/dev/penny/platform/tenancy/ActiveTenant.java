package dev.penny.platform.tenancy;

import java.util.Currency;

/** An immutable snapshot of a store, safe to cache and to hand to pages. */
public record ActiveTenant(
    long id, String slug, String name, Currency currency, TenantStatus status) {

  public boolean isOpen() {
    return status == TenantStatus.ACTIVE;
  }
}
