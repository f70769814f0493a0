package dev.penny.payments.ledger;

import dev.penny.platform.problem.DomainException;
import dev.penny.platform.problem.ErrorCode;

/** The ledger would not post a transfer (no funds, a locked tab, an item already owned...). */
public class LedgerRefusedException extends DomainException {
  private static final long serialVersionUID = 1L;

  public LedgerRefusedException(ErrorCode code, String message) {
    super(code, message);
  }

  public LedgerRefusedException(ErrorCode code) {
    this(code, Refusals.message(code));
  }
}
