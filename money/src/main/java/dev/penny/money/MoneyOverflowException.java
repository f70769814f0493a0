package dev.penny.money;

/** Arithmetic whose exact result does not fit in a signed 64-bit count of micro-units. */
public final class MoneyOverflowException extends MoneyException {
  private static final long serialVersionUID = 1L;

  public MoneyOverflowException() {
    super(Reason.AMOUNT_OVERFLOW, "The amount is too large");
  }
}
