package dev.penny.platform.store;

import dev.penny.money.Money;
import dev.penny.platform.problem.InvalidInputException;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;

/**
 * The amounts a store offers as buttons (tips, wallet top-ups): 1 to {@value #MAX} different
 * amounts above zero, all in one currency, in the order the store chose.
 */
public record AmountPresets(List<Money> amounts) {

  public static final int MAX = 6;

  public AmountPresets {
    amounts = List.copyOf(amounts);
    if (amounts.isEmpty() || amounts.size() > MAX) {
      throw new InvalidInputException("Give 1 to " + MAX + " amounts");
    }
    Currency currency = amounts.get(0).currency();
    if (amounts.stream().anyMatch(a -> !a.currency().equals(currency))) {
      throw new InvalidInputException("The amounts must all be in " + currency.getCurrencyCode());
    }
    if (amounts.stream().anyMatch(a -> !a.isPositive())) {
      throw new InvalidInputException("Every amount must be above zero");
    }
    if (new HashSet<>(amounts).size() != amounts.size()) {
      throw new InvalidInputException("An amount is listed twice");
    }
  }

  public static AmountPresets of(Currency currency, long... micros) {
    return new AmountPresets(
        java.util.Arrays.stream(micros).mapToObj(m -> Money.ofMicros(m, currency)).toList());
  }

  public Currency currency() {
    return amounts.get(0).currency();
  }
}
