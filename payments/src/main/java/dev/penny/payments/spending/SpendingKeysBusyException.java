package dev.penny.payments.spending;

import dev.penny.platform.problem.DomainException;
import dev.penny.platform.problem.ErrorCode;

/** Another of the shopper's keys was being created for longer than a creation waits (503). */
public final class SpendingKeysBusyException extends DomainException {
  private static final long serialVersionUID = 1L;

  SpendingKeysBusyException() {
    super(
        ErrorCode.SERVICE_UNAVAILABLE,
        "Another key is being created for this shopper; try again in a moment.");
  }
}
