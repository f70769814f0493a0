package dev.penny.cart.order;

import dev.penny.money.Money;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.problem.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a shopper enters at checkout: an e-mail for the receipt, an address when something ships,
 * the total they saw (to refuse an order whose price changed meanwhile) and the cart they saw
 * ({@link dev.penny.cart.cart.CartView#fingerprint}: its lines changed meanwhile are refused too).
 */
public record OrderPlacement(
    String email,
    Optional<ShippingAddress> address,
    Optional<Money> expectedTotal,
    Optional<String> expectedCart) {

  public OrderPlacement(
      String email, Optional<ShippingAddress> address, Optional<Money> expectedTotal) {
    this(email, address, expectedTotal, Optional.empty());
  }

  public OrderPlacement {
    email = email == null ? "" : email.strip();
    if (email.length() > 254
        || !email.matches(
            "[^@\\s\\p{Cntrl}\\p{Cf}]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+")) {
      throw new InvalidInputException(
          ErrorCode.INVALID_EMAIL, List.of("Enter an e-mail address such as ada@example.com."));
    }
    email = email.toLowerCase(Locale.ROOT);
  }
}
