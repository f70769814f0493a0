package dev.penny.cart.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** The current store's orders, their lines and events (every query filtered to the store). */
@ApplicationScoped
public class OrderRepository {

  private final EntityManager em;

  @Inject
  public OrderRepository(EntityManager em) {
    this.em = em;
  }

  /** For CDI's proxy only. */
  protected OrderRepository() {
    this.em = null;
  }

  public Order add(Order order) {
    em.persist(order);
    em.flush();
    return order;
  }

  public void add(OrderLine line) {
    em.persist(line);
  }

  public void add(OrderEvent event) {
    em.persist(event);
  }

  public Optional<Order> byNumber(long number, boolean forUpdate) {
    TypedQuery<Order> query =
        em.createQuery("select o from Order o where o.number = :number", Order.class)
            .setParameter("number", number);
    if (forUpdate) {
      query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return query.getResultList().stream().findFirst();
  }

  public List<OrderLine> lines(long orderId) {
    return em.createQuery(
            "select l from OrderLine l where l.orderId = :order order by l.id", OrderLine.class)
        .setParameter("order", orderId)
        .getResultList();
  }

  public List<OrderEvent> events(long orderId) {
    return em.createQuery(
            "select e from OrderEvent e where e.orderId = :order order by e.id", OrderEvent.class)
        .setParameter("order", orderId)
        .getResultList();
  }

  /** One day's paid orders: how many, and what they brought in (charged less refunded). */
  public record DailyFigures(java.time.LocalDate day, long orders, long revenueMicros) {}

  /**
   * Paid, fulfilled and refunded orders per day (UTC) since {@code since}: the dashboard's charts.
   * One aggregate statement over the store's {@code (tenant_id, placed_at)} index.
   */
  public List<DailyFigures> dailySince(java.time.Instant since) {
    List<Object[]> rows =
        em.createQuery(
                "select cast(o.placedAt as LocalDate), count(o), sum(o.chargedMicros -"
                    + " o.refunded.micros) from Order o where o.placedAt >= :since and o.status in"
                    + " :paid group by cast(o.placedAt as LocalDate)",
                Object[].class)
            .setParameter("since", since)
            .setParameter(
                "paid", List.of(OrderStatus.PAID, OrderStatus.FULFILLED, OrderStatus.REFUNDED))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new DailyFigures(
                    (java.time.LocalDate) r[0],
                    ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue()))
        .toList();
  }

  /** Whether a change with this request key was already made to the order. */
  public Optional<OrderEvent> eventWithKey(long orderId, String key) {
    return em
        .createQuery(
            "select e from OrderEvent e where e.orderId = :order and e.requestKey = :key",
            OrderEvent.class)
        .setParameter("order", orderId)
        .setParameter("key", key)
        .getResultList()
        .stream()
        .findFirst();
  }

  /**
   * A page of orders, newest first, by keyset on the order number: those below {@code beforeNumber}
   * (all when empty), optionally of one status and/or one e-mail address. One more than {@code
   * size} is read to tell whether another page follows.
   */
  public List<Order> page(
      Optional<OrderStatus> status, Optional<String> email, Optional<Long> beforeNumber, int size) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    status.ifPresent(s -> where.append(" and o.status = :status"));
    email.ifPresent(e -> where.append(" and o.email = :email"));
    beforeNumber.ifPresent(n -> where.append(" and o.number < :before"));
    TypedQuery<Order> query =
        em.createQuery("select o from Order o" + where + " order by o.number desc", Order.class);
    status.ifPresent(s -> query.setParameter("status", s));
    email.ifPresent(e -> query.setParameter("email", e));
    beforeNumber.ifPresent(n -> query.setParameter("before", n));
    return query.setMaxResults(size + 1).getResultList();
  }

  /** Orders a signed-in shopper placed in this store, newest first. */
  public List<Order> ofShopper(String subject, int limit) {
    return em.createQuery(
            "select o from Order o where o.shopperSubject = :subject order by o.number desc",
            Order.class)
        .setParameter("subject", subject)
        .setMaxResults(limit)
        .getResultList();
  }

  /** An order of some store, named for work across stores. */
  public record StoreOrderRef(long tenantId, String store, long number) {}

  /**
   * Orders of every store still pending since before {@code before}, oldest first. Only inside
   * {@code TenantScope.acrossTenants} (the name says so): the tenant filter is off there.
   */
  public List<StoreOrderRef> pendingBeforeAcrossTenants(java.time.Instant before, int limit) {
    return em.createQuery(
            "select new dev.penny.cart.order.OrderRepository$StoreOrderRef(o.tenantId, t.slug,"
                + " o.number) from Order o, dev.penny.platform.tenancy.Tenant t"
                + " where t.id = o.tenantId and o.status = :pending and o.placedAt < :before"
                + " order by o.placedAt",
            StoreOrderRef.class)
        .setParameter("pending", OrderStatus.PENDING)
        .setParameter("before", before)
        .setMaxResults(limit)
        .getResultList();
  }
}
