package dev.penny.cart.cart;

import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.problem.InvalidInputException;
import java.util.List;

/** How many of one variant a cart line may hold, and how many lines a cart may have. */
public final class CartQuantity {

  public static final int MAX_PER_LINE = 99;
  public static final int MAX_LINES = 50;

  private CartQuantity() {}

  static int check(int quantity) {
    if (quantity < 1 || quantity > MAX_PER_LINE) {
      throw invalid();
    }
    return quantity;
  }

  /**
   * A quantity as a form or a request sends it: whole digits only, 0 to {@value #MAX_PER_LINE} (0
   * removes a line where that is allowed). Fractions, signs, exponents and huge numbers are
   * refused.
   */
  public static int parse(String text, boolean zeroAllowed) {
    if (text == null || !text.strip().matches("[0-9]{1,3}")) {
      throw invalid();
    }
    int quantity = Integer.parseInt(text.strip());
    if (quantity > MAX_PER_LINE || (quantity == 0 && !zeroAllowed)) {
      throw invalid();
    }
    return quantity;
  }

  private static InvalidInputException invalid() {
    return new InvalidInputException(
        ErrorCode.INVALID_QUANTITY,
        List.of("A quantity is a whole number from 1 to " + MAX_PER_LINE + "."));
  }
}
