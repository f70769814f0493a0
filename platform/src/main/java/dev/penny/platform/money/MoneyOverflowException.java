package dev.penny.platform.money;

/** Arithmetic whose exact result does not fit in a signed 64-bit count of micro-units. */
public final class MoneyOverflowException extends MoneyException {
  private static final long serialVersionUID = 1L;

  public MoneyOverflowException() {
    super("amount_overflow", "The amount is too large");
  }
}
