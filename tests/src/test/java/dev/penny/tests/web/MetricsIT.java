package dev.penny.tests.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.tests.stack.Http;
import dev.penny.tests.stack.PennyStack;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Payara's MicroProfile Metrics with Penny's figures, for the operator's token only. */
class MetricsIT {

  private static Http.Response metrics(String authorization) {
    return Http.send(
        "GET", "/metrics?scope=application", Map.of("Authorization", authorization), null);
  }

  @Test
  void theMetricsAnswerOnlyWithTheOperatorsToken() {
    assertThat(Http.get("/metrics").status()).isEqualTo(401);
    assertThat(metrics("Bearer not-the-token").status()).isEqualTo(401);
    assertThat(metrics("Basic " + PennyStack.METRICS_TOKEN).status()).isEqualTo(401);
    assertThat(Http.getWithHost("demo-books.localhost", "/metrics").status())
        .as("not on a store's host name at all")
        .isEqualTo(404);
  }

  @Test
  void theyCarryPennysFiguresAndTheClustersSize() {
    // A page and a product read first, so that the caches have been asked.
    Http.get("/s/demo-books/");
    Http.get("/api/v1/stores/demo-books/products?limit=1");

    Http.Response response = metrics("Bearer " + PennyStack.METRICS_TOKEN);

    assertThat(response.status()).isEqualTo(200);
    String text = response.body();
    assertThat(value(text, "penny_cluster_servers"))
        .isEqualTo((double) PennyStack.get().serverUrls().size());
    assertThat(value(text, "penny_micro_charges")).isGreaterThanOrEqualTo(0.0);
    assertThat(value(text, "penny_settlement_percent")).isBetween(0.0, 100.0);
    assertThat(text)
        .contains("penny_tab_charges", "outcome=\"succeeded\"", "outcome=\"declined\"")
        .contains("penny_cache_hit_ratio", "cache=\"catalog\"", "cache=\"responses\"")
        .contains("penny_cluster_leads", "penny_cluster_events_sent");
  }

  /** The first sample of a metric in the Prometheus text format. */
  private static double value(String text, String metric) {
    Matcher m = Pattern.compile("(?m)^" + metric + "(?:\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(text);
    assertThat(m.find()).as(metric + " in " + text).isTrue();
    return Double.parseDouble(m.group(1));
  }
}
