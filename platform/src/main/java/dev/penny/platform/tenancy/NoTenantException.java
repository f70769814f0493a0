package dev.penny.platform.tenancy;

import dev.penny.platform.problem.DomainException;
import dev.penny.platform.problem.ErrorCode;

/** Code that needs a store ran in a request that addresses none; answered as not found. */
public final class NoTenantException extends DomainException {
  private static final long serialVersionUID = 1L;

  public NoTenantException() {
    super(ErrorCode.NO_STORE, "No store is addressed by this request");
  }
}
