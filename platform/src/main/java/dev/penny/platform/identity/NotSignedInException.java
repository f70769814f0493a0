package dev.penny.platform.identity;

import dev.penny.platform.problem.DomainException;
import dev.penny.platform.problem.ErrorCode;

/** Something only a signed-in shopper may do was asked for without a sign-in. */
public final class NotSignedInException extends DomainException {
  private static final long serialVersionUID = 1L;

  public NotSignedInException() {
    super(ErrorCode.SIGN_IN_REQUIRED, "Sign in first");
  }
}
