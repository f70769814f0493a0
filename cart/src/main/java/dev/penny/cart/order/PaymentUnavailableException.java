package dev.penny.cart.order;

import dev.penny.platform.problem.DomainException;
import dev.penny.platform.problem.ErrorCode;

/** The checkout zone did not answer, or refused what was asked of it; nothing was changed here. */
public final class PaymentUnavailableException extends DomainException {

  private static final long serialVersionUID = 1L;

  public PaymentUnavailableException(String detail) {
    super(ErrorCode.PAYMENT_UNAVAILABLE, detail);
  }
}
