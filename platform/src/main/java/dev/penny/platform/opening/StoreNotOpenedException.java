package dev.penny.platform.opening;

import dev.penny.platform.problem.DomainException;
import dev.penny.platform.problem.ErrorCode;

/** A store could not be opened; the message is for the user. */
public final class StoreNotOpenedException extends DomainException {

  private static final long serialVersionUID = 1L;

  public StoreNotOpenedException(String message) {
    super(ErrorCode.STORE_NOT_OPENED, message);
  }
}
