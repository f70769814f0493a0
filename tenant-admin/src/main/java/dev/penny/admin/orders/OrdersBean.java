package dev.penny.admin.orders;

import dev.penny.admin.web.AdminParameters;
import dev.penny.cart.order.Order;
import dev.penny.cart.order.OrderService;
import dev.penny.cart.order.OrderStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The orders list: newest first, filtered by status ({@code ?status=paid}), searched by number or
 * e-mail ({@code ?q=}), paged by the last number shown ({@code ?before=}).
 */
@Named("ordersAdmin")
@RequestScoped
public class OrdersBean {

  static final int PAGE = 50;

  private final OrderService orders;
  private OrderService.OrderPage page;
  private Optional<OrderStatus> status = Optional.empty();
  private String query = "";

  @Inject
  public OrdersBean(OrderService orders) {
    this.orders = orders;
  }

  protected OrdersBean() {
    this(null);
  }

  public void load() {
    status =
        Arrays.stream(OrderStatus.values())
            .filter(s -> s.name().equalsIgnoreCase(String.valueOf(AdminParameters.get("status"))))
            .findFirst();
    String q = AdminParameters.get("q");
    query = q == null ? "" : q.strip();
    if (query.length() > 254) {
      query = query.substring(0, 254);
    }
    Optional<Long> before =
        Optional.ofNullable(AdminParameters.get("before"))
            .filter(b -> b.matches("[1-9][0-9]{0,17}"))
            .map(Long::parseLong);
    if (query.matches("#?[1-9][0-9]{0,17}")) {
      long number = Long.parseLong(query.replace("#", ""));
      List<Order> found = orders.detail(number).map(d -> List.of(d.order())).orElse(List.of());
      page = new OrderService.OrderPage(found, Optional.empty());
      return;
    }
    page =
        orders.list(status, query.isEmpty() ? Optional.empty() : Optional.of(query), before, PAGE);
  }

  public List<Order> getOrders() {
    return page.orders();
  }

  public boolean isHasNext() {
    return page.nextBefore().isPresent();
  }

  public long getNextBefore() {
    return page.nextBefore().orElse(0L);
  }

  public List<OrderStatus> getStatuses() {
    return List.of(OrderStatus.values());
  }

  public String getStatus() {
    return status.map(s -> s.name().toLowerCase()).orElse("");
  }

  public String getQuery() {
    return query;
  }
}
