package dev.penny.payments.charging;

import dev.penny.money.Money;
import java.util.List;

/** One aggregated card charge a planner decided on: whole minor units, and the lines it covers. */
public record PlannedCharge(Money amount, List<Coverage> coverages) {

  public PlannedCharge {
    coverages = List.copyOf(coverages);
    long covered = coverages.stream().mapToLong(Coverage::micros).sum();
    if (covered != amount.micros()) {
      throw new IllegalArgumentException("A charge covers exactly its amount");
    }
  }
}
