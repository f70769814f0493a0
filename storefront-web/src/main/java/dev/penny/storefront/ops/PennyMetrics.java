package dev.penny.storefront.ops;

import com.github.benmanes.caffeine.cache.stats.CacheStats;
import dev.penny.payments.PaymentCounters;
import dev.penny.payments.settlement.SettlementRun;
import dev.penny.payments.settlement.SettlementRuns;
import dev.penny.platform.cluster.Cluster;
import dev.penny.platform.tenancy.TenantDirectory;
import dev.penny.storefront.catalog.StorefrontCatalog;
import dev.penny.storefront.web.ResponseCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Penny's own figures in Payara's MicroProfile Metrics ({@code /metrics?scope=application}, beside
 * the JVM's): micro-charges and tab charges this server made, the settlement run in progress, the
 * caches' hit ratios and the cluster's size. Read when scraped; nothing is computed in between. The
 * endpoint answers only with the operator's token ({@link MetricsGate}).
 */
@ApplicationScoped
public class PennyMetrics {

  private static final Logger LOG = Logger.getLogger(PennyMetrics.class.getName());

  @Inject MetricRegistry registry;
  @Inject Cluster cluster;
  @Inject StorefrontCatalog catalog;
  @Inject ResponseCache responses;
  @Inject TenantDirectory directory;
  @Inject SettlementRuns runs;

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    try {
      gauge(
          "penny_micro_charges",
          "Micro-charges posted by this server",
          PaymentCounters::microCharges);
      gauge(
          "penny_tab_charges",
          "Tab charges this server saw end, by outcome",
          PaymentCounters::tabChargesSucceeded,
          new Tag("outcome", "succeeded"));
      gauge(
          "penny_tab_charges",
          "Tab charges this server saw end, by outcome",
          PaymentCounters::tabChargesDeclined,
          new Tag("outcome", "declined"));
      gauge(
          "penny_settlement_percent",
          "The latest settlement run's progress, 0 to 100",
          () -> latestRun().map(SettlementRun::percent).orElse(100));
      gauge(
          "penny_settlement_running",
          "1 while a settlement run goes on",
          () -> latestRun().filter(SettlementRun::running).isPresent() ? 1 : 0);
      cache("catalog", catalog::stats);
      cache("responses", responses::stats);
      cache("directory", directory::stats);
      gauge("penny_cluster_servers", "Servers in this server's cluster", cluster::size);
      gauge(
          "penny_cluster_leads",
          "1 on the server that does the scheduled work",
          () -> cluster.leads() ? 1 : 0);
      gauge("penny_cluster_events_sent", "Cluster-wide events published", cluster::eventsSent);
      gauge(
          "penny_cluster_events_received",
          "Cluster-wide events received from other servers",
          cluster::eventsReceived);
    } catch (RuntimeException e) {
      // Metrics are an operator's aid: a server without them still serves.
      LOG.log(Level.WARNING, "Penny's metrics could not be registered", e);
    }
  }

  private Optional<SettlementRun> latestRun() {
    try {
      return runs.latest();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private void cache(String name, Supplier<CacheStats> stats) {
    Tag tag = new Tag("cache", name);
    gauge(
        "penny_cache_hit_ratio",
        "Hits per lookup since the server started",
        () -> stats.get().hitRate(),
        tag);
    gauge(
        "penny_cache_requests",
        "Lookups since the server started",
        () -> stats.get().requestCount(),
        tag);
  }

  private <T extends Number> void gauge(
      String name, String description, Supplier<T> value, Tag... tags) {
    registry.gauge(
        Metadata.builder().withName(name).withDescription(description).build(), value, tags);
  }
}
