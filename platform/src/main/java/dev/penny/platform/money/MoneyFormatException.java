package dev.penny.platform.money;

/** Text that is not an amount Penny accepts (malformed, too many decimals, unknown currency). */
public final class MoneyFormatException extends MoneyException {
  private static final long serialVersionUID = 1L;

  public MoneyFormatException(String message) {
    super("invalid_amount", message);
  }
}
