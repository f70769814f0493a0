package dev.penny.money;

import java.util.Locale;

/**
 * Base of the errors that {@link Money} raises. This module depends on the JDK alone, so the
 * platform's {@code DomainException} is not its parent; the platform maps {@link #reason()} to a
 * problem code with the same stable text ({@link Reason#code()}).
 */
public abstract class MoneyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why an amount was refused; {@link #code()} is the stable problem code clients see. */
  public enum Reason {
    INVALID_AMOUNT,
    CURRENCY_MISMATCH,
    AMOUNT_OVERFLOW;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Reason reason;

  protected MoneyException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
