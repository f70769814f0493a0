package dev.penny.admin.store;

import dev.penny.admin.web.AdminParameters;
import dev.penny.cart.order.OrderRepository;
import dev.penny.cart.order.OrderService;
import dev.penny.payments.purchase.MicroRevenue;
import dev.penny.payments.purchase.Purchases;
import dev.penny.platform.catalog.ContentItemRepository;
import dev.penny.platform.catalog.ProductRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The store's dashboard for the last 7 or 30 days: paid orders and card revenue per day from the
 * orders, micro-revenue per day and the top content from the store's micro-purchases (voided ones
 * left out).
 */
@Named("dashboard")
@RequestScoped
public class DashboardBean {

  private final ProductRepository products;
  private final ContentItemRepository content;
  private final OrderService orders;
  private final dev.penny.admin.web.AdminContext admin;
  private final Clock clock;
  private final Purchases micro;
  private Map<LocalDate, Long> microRevenue = Map.of();
  private long microCount;
  private List<MicroRevenue.Content> topContent = List.of();
  private Map<LocalDate, Long> orderCounts = Map.of();
  private Map<LocalDate, Long> revenue = Map.of();
  private long productCount = -1;
  private long contentCount = -1;
  private int days = 7;
  private boolean loaded;

  @Inject
  public DashboardBean(
      ProductRepository products,
      ContentItemRepository content,
      OrderService orders,
      dev.penny.admin.web.AdminContext admin,
      Clock clock,
      Purchases micro) {
    this.products = products;
    this.content = content;
    this.orders = orders;
    this.admin = admin;
    this.clock = clock;
    this.micro = micro;
  }

  protected DashboardBean() {
    this(null, null, null, null, null, null);
  }

  @Transactional
  public void load() {
    loaded = true;
    String requested = AdminParameters.get("days");
    days = "30".equals(requested) ? 30 : 7;
    productCount = products.countActive();
    contentCount = content.countActive();
    Instant since = today().minusDays(days - 1L).atStartOfDay(ZoneOffset.UTC).toInstant();
    var figures = orders.dailySince(since);
    var microDays = micro.dailySince(since);
    microRevenue =
        microDays.stream()
            .collect(
                java.util.stream.Collectors.toMap(MicroRevenue.Day::day, MicroRevenue.Day::micros));
    microCount = microDays.stream().mapToLong(MicroRevenue.Day::purchases).sum();
    topContent = micro.topContentSince(since, 5);
    orderCounts =
        figures.stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    OrderRepository.DailyFigures::day, OrderRepository.DailyFigures::orders));
    revenue =
        figures.stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    OrderRepository.DailyFigures::day,
                    OrderRepository.DailyFigures::revenueMicros));
  }

  public long getProductCount() {
    loadOnce();
    return productCount;
  }

  public long getContentCount() {
    loadOnce();
    return contentCount;
  }

  public int getDays() {
    loadOnce();
    return days;
  }

  public boolean isHasOrders() {
    loadOnce();
    return !orderCounts.isEmpty();
  }

  public long getOrderCount() {
    loadOnce();
    return orderCounts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The period's card revenue, charged less refunded, in the store's currency. */
  public String getRevenueTotal() {
    loadOnce();
    long micros = revenue.values().stream().mapToLong(Long::longValue).sum();
    return dev.penny.money.MoneyDisplay.format(
        dev.penny.money.Money.ofMicros(micros, admin.getStore().currency()), java.util.Locale.US);
  }

  /** Paid orders per day. */
  public String getOrdersChart() {
    loadOnce();
    return DailyChart.svg("chart-orders", today(), days, orderCounts);
  }

  /** Card revenue per day (charged less refunded), in micro-units. */
  public String getRevenueChart() {
    loadOnce();
    return DailyChart.svg("chart-revenue", today(), days, revenue, this::price);
  }

  /** Micropayment revenue per day (unlocks, passes, tips, goods, metered calls), micro-units. */
  public String getMicroRevenueChart() {
    loadOnce();
    return DailyChart.svg("chart-micro-revenue", today(), days, microRevenue, this::price);
  }

  public boolean isHasMicroPurchases() {
    loadOnce();
    return microCount > 0;
  }

  public long getMicroCount() {
    loadOnce();
    return microCount;
  }

  /** The period's micro-revenue, exact to the micro-unit (e.g. $0.002 stays $0.002). */
  public String getMicroRevenueTotal() {
    loadOnce();
    return price(microRevenue.values().stream().mapToLong(Long::longValue).sum());
  }

  public List<MicroRevenue.Content> getTopContent() {
    loadOnce();
    return topContent;
  }

  /**
   * The figures, read once per request: by the page's view action on a GET, and here on a post (a
   * form of the dashboard refused, such as the sandbox clock's), where view actions do not run.
   */
  private void loadOnce() {
    if (!loaded) {
      load();
    }
  }

  public String price(long micros) {
    return dev.penny.money.MoneyDisplay.format(
        dev.penny.money.Money.ofMicros(micros, admin.getStore().currency()), java.util.Locale.US);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
