package dev.penny.admin.store;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A bar chart of one figure per day, drawn as inline SVG on the server (no script, nothing to
 * download). Days without a value are drawn as empty; with no values at all the chart says so
 * instead of drawing zeros it does not know.
 */
public final class DailyChart {

  private static final int WIDTH = 600;
  private static final int HEIGHT = 160;
  private static final int BASELINE = 130;
  private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMM", Locale.US);

  private DailyChart() {}

  /**
   * @param lastDay the last day shown (today, in the store's reporting zone)
   * @param days how many days end with {@code lastDay}
   * @param values the figure of each day that has one; other days have none
   */
  public static String svg(String id, LocalDate lastDay, int days, Map<LocalDate, Long> values) {
    return svg(id, lastDay, days, values, String::valueOf);
  }

  /**
   * As {@link #svg(String, LocalDate, int, Map)}, each bar's tooltip showing its value as {@code
   * shown} writes it (an amount of money in micro-units as a price, say).
   */
  public static String svg(
      String id,
      LocalDate lastDay,
      int days,
      Map<LocalDate, Long> values,
      java.util.function.LongFunction<String> shown) {
    if (days < 1 || days > 366) {
      throw new IllegalArgumentException("1 to 366 days");
    }
    LocalDate first = lastDay.minusDays(days - 1L);
    long max =
        window(lastDay, days).stream()
            .map(values::get)
            .filter(java.util.Objects::nonNull)
            .mapToLong(Long::longValue)
            .max()
            .orElse(0);
    double slot = (double) WIDTH / days;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"daily-chart\" id=\"")
        .append(id)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" role=\"img\" aria-label=\"")
        .append(days)
        .append(" days from ")
        .append(first)
        .append(" to ")
        .append(lastDay)
        .append("\">");
    svg.append("<line x1=\"0\" y1=\"")
        .append(BASELINE)
        .append("\" x2=\"")
        .append(WIDTH)
        .append("\" y2=\"")
        .append(BASELINE)
        .append("\" class=\"axis\"/>");
    for (int i = 0; i < days; i++) {
      LocalDate day = first.plusDays(i);
      Long value = values.get(day);
      if (value != null && max > 0) {
        long height = Math.max(1, Math.round((double) value * (BASELINE - 10) / max));
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" data-day=\"%s\""
                    + " data-value=\"%d\"><title>%s: %s</title></rect>",
                i * slot + slot * 0.15,
                BASELINE - height,
                slot * 0.7,
                height,
                day,
                value,
                day,
                escaped(shown.apply(value))));
      }
      if (i == 0 || i == days - 1 || (days > 7 && i % 7 == 0) || days <= 7) {
        svg.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"150\" class=\"label\">%s</text>",
                i * slot + 2,
                LABEL.format(day)));
      }
    }
    if (values.isEmpty()) {
      svg.append(
          "<text x=\"300\" y=\"70\" text-anchor=\"middle\" class=\"empty\">No data yet</text>");
    }
    svg.append("</svg>");
    return svg.toString();
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** The days of the window, oldest first (for tables beside the chart). */
  public static List<LocalDate> window(LocalDate lastDay, int days) {
    return lastDay.minusDays(days - 1L).datesUntil(lastDay.plusDays(1)).toList();
  }
}
