package dev.penny.money;

/** Text that is not an amount Penny accepts (malformed, too many decimals, unknown currency). */
public final class MoneyFormatException extends MoneyException {
  private static final long serialVersionUID = 1L;

  public MoneyFormatException(String message) {
    super(Reason.INVALID_AMOUNT, message);
  }
}
