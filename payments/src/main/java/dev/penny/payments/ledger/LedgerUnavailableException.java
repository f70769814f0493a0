package dev.penny.payments.ledger;

import dev.penny.platform.problem.DomainException;
import dev.penny.platform.problem.ErrorCode;

/**
 * The ledger gave no answer (busy, failed, or too slow): the transfer may or may not have been
 * posted, so the caller sends the same idempotency key again to learn which. Never a blind retry.
 */
public class LedgerUnavailableException extends DomainException {
  private static final long serialVersionUID = 1L;

  public LedgerUnavailableException(String message) {
    super(ErrorCode.SERVICE_UNAVAILABLE, message);
  }
}
