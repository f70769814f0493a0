package dev.penny.admin.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DailyChartTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  @Test
  void withoutValuesItDrawsNoBarsAndSaysSo() {
    String svg = DailyChart.svg("c", TODAY, 7, Map.of());
    assertThat(svg).doesNotContain("<rect").contains("No data yet").contains("16 Nov", "22 Nov");
  }

  @Test
  void theLargestValueGetsTheFullHeightAndOthersScale() {
    String svg =
        DailyChart.svg(
            "c", TODAY, 7, Map.of(TODAY, 100L, TODAY.minusDays(1), 50L, TODAY.minusDays(9), 999L));
    assertThat(svg).contains("data-day=\"2026-11-22\" data-value=\"100\"");
    assertThat(svg).contains("height=\"120\" data-day=\"2026-11-22\"");
    assertThat(svg).contains("height=\"60\" data-day=\"2026-11-21\"");
    assertThat(svg).as("days outside the window are not drawn").doesNotContain("2026-11-13");
    assertThat(svg).doesNotContain("No data yet");
  }

  @Test
  void aTooltipShowsTheValueAsTheChartWritesIt() {
    String counts = DailyChart.svg("c", TODAY, 7, Map.of(TODAY, 3L));
    String money =
        DailyChart.svg("c", TODAY, 7, Map.of(TODAY, 92_230_000L), m -> "$" + m / 1_000_000 + "<");

    assertThat(counts).contains("<title>2026-11-22: 3</title>");
    assertThat(money)
        .contains("data-value=\"92230000\"")
        .contains("<title>2026-11-22: $92&lt;</title>");
  }

  @Test
  void aThirtyDayWindowEndsToday() {
    assertThat(DailyChart.window(TODAY, 30)).hasSize(30).startsWith(LocalDate.of(2026, 10, 24));
    assertThat(DailyChart.svg("c", TODAY, 30, Map.of())).contains("24 Oct");
  }

  @Test
  void refusesAnImpossibleWindow() {
    assertThatThrownBy(() -> DailyChart.svg("c", TODAY, 0, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
