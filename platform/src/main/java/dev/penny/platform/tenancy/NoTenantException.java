package dev.penny.platform.tenancy;

import dev.penny.platform.problem.DomainException;

/** Code that needs a store ran in a request that addresses none; answered as not found. */
public final class NoTenantException extends DomainException {
  private static final long serialVersionUID = 1L;

  public NoTenantException() {
    super("store_not_found", "No store is addressed by this request");
  }

  @Override
  public int status() {
    return 404;
  }
}
