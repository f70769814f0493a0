package dev.penny.payments.charging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ProportionalSplitTest {

  @Property(tries = 2000)
  void thePartsAddUpToTheAmountAndEachIsWithinOneMicroOfItsShare(
      @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long amount,
      @ForAll @Size(min = 1, max = 120) List<@LongRange(min = 0, max = 15_000_000_000L) Long> w) {
    long[] weights = w.stream().mapToLong(Long::longValue).toArray();
    if (Arrays.stream(weights).sum() == 0) {
      weights[0] = 1;
    }
    long[] parts = ProportionalSplit.split(amount, weights);

    assertThat(Arrays.stream(parts).sum()).isEqualTo(amount);
    BigDecimal total = BigDecimal.valueOf(Arrays.stream(weights).sum());
    for (int i = 0; i < parts.length; i++) {
      BigDecimal exact =
          BigDecimal.valueOf(amount)
              .multiply(BigDecimal.valueOf(weights[i]))
              .divide(total, 12, RoundingMode.HALF_EVEN);
      assertThat(BigDecimal.valueOf(parts[i]).subtract(exact).abs()).isLessThan(BigDecimal.ONE);
      assertThat(parts[i]).isGreaterThanOrEqualTo(0);
      if (weights[i] == 0) {
        assertThat(parts[i]).isZero();
      }
    }
  }

  @Test
  void theLeftOverMicroUnitsGoToTheLargestRemaindersThenToTheStoreListedFirst() {
    // 10 split 1:1:1 gives 3 each and one left over, to the first store listed.
    assertThat(ProportionalSplit.split(10, new long[] {1, 1, 1})).containsExactly(4, 3, 3);
    // 0.30 + 2.9 % of 5.00 = 445,000 micros split 4.00 : 0.998 : 0.002.
    assertThat(ProportionalSplit.split(445_000, new long[] {4_000_000, 998_000, 2_000}))
        .containsExactly(356_000, 88_822, 178);
    // 7 split 2:3 gives 2.8 and 4.2: the larger remainder (0.8) takes the one left over.
    assertThat(ProportionalSplit.split(7, new long[] {2, 3})).containsExactly(3, 4);
  }

  @Test
  void nothingToSplitInProportionToIsABug() {
    assertThatThrownBy(() -> ProportionalSplit.split(5, new long[] {0, 0}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProportionalSplit.split(-1, new long[] {1}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
