package dev.penny.payments.charging;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The published rule that splits an amount (a card charge's fee) across stores in proportion to
 * what the charge collected for each, exactly (the largest-remainder method):
 *
 * <ol>
 *   <li>each store first gets {@code floor(amount × its share ÷ the charge)} micro-units;
 *   <li>the micro-units still left (fewer than the number of stores) go one each to the stores with
 *       the largest remainders of that division;
 *   <li>equal remainders: the store listed first (callers list stores by id) goes first.
 * </ol>
 *
 * The parts always add up to the amount, and each part is within one micro-unit of its exact
 * proportional share.
 */
public final class ProportionalSplit {

  private ProportionalSplit() {}

  public static long[] split(long amount, long[] weights) {
    if (amount < 0) {
      throw new IllegalArgumentException("Only a non-negative amount is split");
    }
    BigInteger total = BigInteger.ZERO;
    for (long weight : weights) {
      if (weight < 0) {
        throw new IllegalArgumentException("Weights are not negative");
      }
      total = total.add(BigInteger.valueOf(weight));
    }
    if (total.signum() == 0) {
      throw new IllegalArgumentException("Nothing to split in proportion to");
    }
    long[] parts = new long[weights.length];
    BigInteger[] remainders = new BigInteger[weights.length];
    long given = 0;
    BigInteger whole = BigInteger.valueOf(amount);
    for (int i = 0; i < weights.length; i++) {
      BigInteger[] division =
          whole.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(total);
      parts[i] = division[0].longValueExact();
      remainders[i] = division[1];
      given += parts[i];
    }
    long left = amount - given;
    Integer[] order =
        IntStream.range(0, weights.length)
            .boxed()
            .sorted(
                Comparator.<Integer, BigInteger>comparing(i -> remainders[i])
                    .reversed()
                    .thenComparing(i -> i))
            .toArray(Integer[]::new);
    for (int k = 0; k < left; k++) {
      parts[order[k]]++;
    }
    return Arrays.copyOf(parts, parts.length);
  }
}
