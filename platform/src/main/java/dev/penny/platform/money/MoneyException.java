package dev.penny.platform.money;

import dev.penny.platform.problem.DomainException;

/** Base of the errors that {@link Money} raises; each carries a stable problem code. */
public abstract class MoneyException extends DomainException {
  private static final long serialVersionUID = 1L;

  protected MoneyException(String code, String message) {
    super(code, message);
  }
}
