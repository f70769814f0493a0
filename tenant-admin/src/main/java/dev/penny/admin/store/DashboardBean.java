package dev.penny.admin.store;

import dev.penny.admin.web.AdminParameters;
import dev.penny.platform.catalog.ContentItemRepository;
import dev.penny.platform.catalog.ProductRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The store's dashboard for the last 7 or 30 days. Orders, revenue, micro-revenue and top content
 * come with the cart and payments modules; until they exist the charts are drawn empty and say "no
 * data yet" rather than show made-up figures.
 */
@Named("dashboard")
@RequestScoped
public class DashboardBean {

  private final ProductRepository products;
  private final ContentItemRepository content;
  private final Clock clock;
  private long productCount = -1;
  private long contentCount = -1;
  private int days = 7;

  @Inject
  public DashboardBean(ProductRepository products, ContentItemRepository content, Clock clock) {
    this.products = products;
    this.content = content;
    this.clock = clock;
  }

  protected DashboardBean() {
    this(null, null, null);
  }

  @Transactional
  public void load() {
    String requested = AdminParameters.get("days");
    days = "30".equals(requested) ? 30 : 7;
    productCount = products.countActive();
    contentCount = content.countActive();
  }

  public long getProductCount() {
    return productCount;
  }

  public long getContentCount() {
    return contentCount;
  }

  public int getDays() {
    return days;
  }

  /** Orders per day: no order source exists yet, so no day has a figure. */
  public String getOrdersChart() {
    return DailyChart.svg("chart-orders", today(), days, Map.of());
  }

  /** Revenue per day (card and micropayments), in micro-units: none yet, as above. */
  public String getRevenueChart() {
    return DailyChart.svg("chart-revenue", today(), days, Map.of());
  }

  /** Micropayment revenue per day (unlocks, tips, passes), in micro-units: none yet. */
  public String getMicroRevenueChart() {
    return DailyChart.svg("chart-micro-revenue", today(), days, Map.of());
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
