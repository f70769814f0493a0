package dev.penny.cart.order;

import dev.penny.cart.cart.CartOwner;
import dev.penny.cart.cart.CartService;
import dev.penny.cart.cart.CartView;
import dev.penny.cart.coupon.CouponService;
import dev.penny.money.Money;
import dev.penny.platform.catalog.Inventory;
import dev.penny.platform.json.Jsonp;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.problem.InvalidInputException;
import dev.penny.platform.problem.ItemNotFoundException;
import dev.penny.platform.webhook.WebhookEvents;
import dev.penny.platform.webhook.WebhookOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Orders of the current store: placing one from a cart, and every later change (paid, fulfilled,
 * cancelled, refunded), each checked against {@link OrderStatus}'s table and recorded as an {@link
 * OrderEvent}. Pages, the admin and the API all come through here.
 */
@ApplicationScoped
public class OrderService {

  public static final int MAX_PAGE = 100;
  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  private final OrderRepository orders;
  private final OrderNumbers numbers;
  private final CartService carts;
  private final Inventory inventory;
  private final CouponService coupons;
  private final CardPayments payments;
  private final Receipts receipts;
  private final dev.penny.platform.tenancy.PublicAddress addresses;
  private final Clock clock;

  /** The webhook outbox (an event in the transaction of each paid or refunded order). */
  @Inject WebhookOutbox webhooks;

  @Inject
  public OrderService(
      OrderRepository orders,
      OrderNumbers numbers,
      CartService carts,
      Inventory inventory,
      CouponService coupons,
      CardPayments payments,
      Receipts receipts,
      dev.penny.platform.tenancy.PublicAddress addresses,
      Clock clock) {
    this.orders = orders;
    this.numbers = numbers;
    this.carts = carts;
    this.inventory = inventory;
    this.coupons = coupons;
    this.payments = payments;
    this.receipts = receipts;
    this.addresses = addresses;
    this.clock = clock;
  }

  /** For CDI's proxy only. */
  protected OrderService() {
    this(null, null, null, null, null, null, null, null, null);
  }

  /**
   * Places the owner's cart as a pending order: stock is taken for every physical line in one
   * transaction (variants in id order, so two orders never wait on each other in a circle), the
   * coupon's use is counted, the cart is emptied. If any item ran out, nothing is taken and the
   * refusal names it.
   */
  @Transactional
  public Order place(CartOwner owner, OrderPlacement placement) {
    CartService.LockedCart locked =
        carts
            .lockForOrder(owner)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        ErrorCode.CART_EMPTY, List.of("Your cart is empty.")));
    CartView cart = locked.view();
    if (cart.isEmpty()) {
      throw new InvalidInputException(ErrorCode.CART_EMPTY, List.of("Your cart is empty."));
    }
    if (!cart.allAvailable()) {
      throw new InvalidInputException(
          ErrorCode.OUT_OF_STOCK,
          List.of("Some items are no longer available in that quantity; please review your cart."));
    }
    if (placement.expectedTotal().isPresent()
        && !placement.expectedTotal().get().equals(cart.totals().total())) {
      throw new InvalidInputException(ErrorCode.CART_CHANGED, List.of(whatChanged(cart)));
    }
    if (placement.expectedCart().isPresent()
        && !placement.expectedCart().get().equals(cart.fingerprint())) {
      throw new InvalidInputException(
          ErrorCode.CART_CHANGED, List.of("Your cart changed since you saw it; please review it."));
    }
    if (cart.needsShipping() && cart.shipping().isEmpty()) {
      throw new InvalidInputException(
          ErrorCode.SHIPPING_METHOD_REQUIRED, List.of("Choose a shipping method."));
    }
    if (cart.needsShipping() && placement.address().isEmpty()) {
      throw new InvalidInputException(
          ErrorCode.INVALID_ADDRESS, List.of("Enter where the order should go."));
    }
    if (cart.couponProblem().isPresent()) {
      throw new InvalidInputException(
          ErrorCode.UNKNOWN_COUPON, List.of(cart.couponProblem().get()));
    }
    Money total = cart.totals().total();
    Money minimum = dev.penny.platform.store.CardMinimum.of(total.currency());
    if (total.isPositive() && cart.totals().charged().compareTo(minimum) < 0) {
      // Placed, it could never be paid (the acquirer declines it) and held its stock meanwhile.
      throw new InvalidInputException(
          ErrorCode.ORDER_BELOW_CARD_MINIMUM,
          List.of(
              "A card is charged at least "
                  + minimum.toPlainString()
                  + " "
                  + total.currency().getCurrencyCode()
                  + ": add to your cart to reach it."));
    }
    List<CartView.Item> items =
        cart.items().stream().sorted(Comparator.comparingLong(CartView.Item::variantId)).toList();
    for (CartView.Item item : items) {
      if (item.physical() && !inventory.take(item.variantId(), item.quantity())) {
        throw new InvalidInputException(
            ErrorCode.OUT_OF_STOCK,
            List.of(
                "Sorry, "
                    + item.productName()
                    + " sold out while you were checking out; your cart is as it was."));
      }
    }
    boolean discounted = cart.totals().discount().isPositive();
    if (discounted) {
      coupons.redeem(cart.couponCode().orElseThrow());
    }
    Instant now = clock.instant();
    Order order =
        orders.add(
            new Order(
                numbers.next(locked.tenantId()),
                placement.email(),
                owner instanceof CartOwner.Shopper s ? Optional.of(s.subject()) : Optional.empty(),
                cart.needsShipping() ? placement.address() : Optional.empty(),
                cart.shipping().map(CartView.ShippingOption::name),
                discounted ? cart.couponCode() : Optional.empty(),
                cart.totals(),
                accessKey(),
                now));
    for (CartView.Item item : cart.items()) {
      orders.add(
          new OrderLine(
              order.id(),
              new OrderLine.PlacedLine(
                  item.variantId(),
                  item.productId(),
                  item.productName(),
                  item.variantName(),
                  item.sku(),
                  item.unitPrice(),
                  item.quantity(),
                  item.physical())));
    }
    orders.add(
        new OrderEvent(
            order.id(), null, OrderStatus.PENDING, "placed", actor(owner), order.total(), now));
    locked.empty().run();
    return order;
  }

  @Transactional
  public Optional<OrderDetail> detail(long number) {
    return orders
        .byNumber(number, false)
        .map(o -> new OrderDetail(o, orders.lines(o.id()), orders.events(o.id())));
  }

  /** The store's webhook event for an order, in the transaction that changed it. */
  private void publish(Order order, String type, Money amount) {
    webhooks.publish(
        order.tenantId(),
        type,
        Jsonp.JSON
            .createObjectBuilder()
            .add("order", order.number())
            .add("status", order.status().name().toLowerCase(java.util.Locale.ROOT))
            .add("amount", amount.toPlainString())
            .add("total", order.total().toPlainString())
            .add("refunded", order.refunded().toPlainString())
            .add("currency", amount.currency().getCurrencyCode())
            .build());
  }

  /** Payment confirmed. */
  @Transactional
  public Order markPaid(long number, String actor) {
    return move(number, OrderStatus.PAID, "paid", actor, Optional.empty());
  }

  /**
   * Opens the card payment of a pending order at the checkout zone (once: a second call returns the
   * same payment's page), for what the card is charged; captured at once when the order has only
   * digital goods, on fulfilment otherwise. {@code frameOrigin} is the store page's origin, the
   * only one the card page lets frame it.
   */
  @Transactional
  public CardPayments.Session openPayment(long number, String store, String frameOrigin) {
    Order order = locked(number);
    if (order.status() != OrderStatus.PENDING) {
      throw new InvalidInputException(
          ErrorCode.ORDER_STATE_CONFLICT, List.of("This order is not awaiting payment."));
    }
    boolean digitalOnly = !order.hasPhysicalLines(orders.lines(order.id()));
    CardPayments.Session session =
        payments.open(
            store,
            "order-" + order.number(),
            order.charged(),
            order.shopperSubject(),
            digitalOnly,
            frameOrigin);
    order.paymentOpened(session.paymentId());
    return session;
  }

  /**
   * The card page for a pending order's payment step: the payment is opened on the first showing,
   * and each later showing gets a fresh address (a new client secret) for the same payment.
   */
  @Transactional
  public String paymentStep(long number, String store, String frameOrigin) {
    Order order = locked(number);
    if (order.paymentId().isEmpty()) {
      return openPayment(number, store, frameOrigin).cardPageUrl();
    }
    if (order.status() != OrderStatus.PENDING) {
      throw new InvalidInputException(
          ErrorCode.ORDER_STATE_CONFLICT, List.of("This order is not awaiting payment."));
    }
    return payments.cardPage(store, order.paymentId().get());
  }

  /** The order with this number if {@code key} opens it (a guest's link); nothing otherwise. */
  @Transactional
  public Optional<OrderDetail> detail(long number, String key) {
    return detail(number).filter(d -> d.order().openedBy(key));
  }

  /**
   * Asks the zone (server to server; the browser's word is never taken) whether the order's payment
   * went through, and marks the order paid if it did. Returns the order as it is.
   */
  @Transactional
  public Order confirmPayment(long number, String store) {
    Order order = locked(number);
    if (order.status() != OrderStatus.PENDING || order.paymentId().isEmpty()) {
      return order;
    }
    CardPayments.State state = payments.state(store, order.paymentId().get());
    if (state.paid()) {
      paid(order, store, "paid");
    }
    return order;
  }

  /** A pending order becomes paid: its event, its receipt and {@code order.paid}. */
  private void paid(Order order, String store, String kind) {
    order.moveTo(OrderStatus.PAID, clock.instant());
    orders.add(
        new OrderEvent(
            order.id(),
            OrderStatus.PENDING,
            OrderStatus.PAID,
            kind,
            "checkout",
            order.charged(),
            clock.instant()));
    receipts.paid(order, orders.lines(order.id()), orderUrl(store, order));
    publish(order, WebhookEvents.ORDER_PAID, order.charged());
  }

  /**
   * An order whose total is zero (a coupon took all of it) has nothing for a card to pay: it is
   * paid as placed, with its receipt and {@code order.paid}, instead of a payment step no card can
   * pass.
   */
  @Transactional
  public Order completeWithoutPayment(long number, String store) {
    Order order = locked(number);
    if (order.status() != OrderStatus.PENDING || order.total().isPositive()) {
      return order;
    }
    paid(order, store, "paid (nothing to pay)");
    return order;
  }

  /** Fulfils a paid order; its card is captured first (physical goods are captured now). */
  @Transactional
  public Order fulfil(long number, String store, String actor) {
    Order order = locked(number);
    order.requireCanBecome(OrderStatus.FULFILLED);
    if (order.paymentId().isPresent()) {
      // Capturing a captured payment answers it as it is: no need to ask first.
      payments.capture(store, order.paymentId().get());
    }
    return move(number, OrderStatus.FULFILLED, "fulfilled", actor, Optional.empty());
  }

  /** Fulfils an order that has no card payment (tests, and orders paid otherwise). */
  @Transactional
  public Order fulfil(long number, String actor) {
    return move(number, OrderStatus.FULFILLED, "fulfilled", actor, Optional.empty());
  }

  /**
   * The shopper gives up an order that is not paid (from its payment step, the order's key proving
   * it is theirs). A paid order — or one whose card the zone has just approved — is refused: only
   * the store cancels a paid order.
   */
  @Transactional
  public Order cancelUnpaid(long number, String store, String actor) {
    Order order = locked(number);
    if (order.status() != OrderStatus.PENDING
        || (order.paymentId().isPresent()
            && payments.state(store, order.paymentId().get()).paid())) {
      throw new InvalidInputException(
          ErrorCode.ORDER_STATE_CONFLICT,
          List.of("This order is paid: ask the store to cancel it."));
    }
    return cancel(number, store, actor);
  }

  /**
   * Cancels a pending or paid order: its stock goes back and its coupon use is given back. (The
   * caller voids or refunds the payment first.)
   */
  @Transactional
  public Order cancel(long number, String store, String actor) {
    Order order = locked(number);
    order.requireCanBecome(OrderStatus.CANCELLED);
    Optional<Money> refundedNow = Optional.empty();
    if (order.paymentId().isPresent()) {
      String payment = order.paymentId().get();
      CardPayments.State state = payments.state(store, payment);
      if (state.captured()) {
        if (order.refundable().isPositive()) {
          // The rest of the card goes back, and the order says so (its refunds, the history, a
          // receipt and order.refunded), as a refund from the admin would.
          Money rest = order.refundable();
          payments.refund(store, payment, rest, "cancel-" + order.number());
          order.refundedOnCancel(rest, clock.instant());
          receipts.refunded(order, rest, orderUrl(store, order));
          publish(order, WebhookEvents.ORDER_REFUNDED, rest);
          refundedNow = Optional.of(rest);
        }
      } else {
        // An authorization is released; an unpaid payment is closed, so it cannot be paid later.
        payments.voidPayment(store, payment);
      }
    }
    return cancel(number, actor, refundedNow);
  }

  @Transactional
  public Order cancel(long number, String actor) {
    return cancel(number, actor, Optional.empty());
  }

  private Order cancel(long number, String actor, Optional<Money> refundedNow) {
    Order order = locked(number);
    OrderStatus before = order.status();
    order.moveTo(OrderStatus.CANCELLED, clock.instant());
    for (OrderLine line : orders.lines(order.id())) {
      if (line.physical()) {
        inventory.giveBack(line.variantId(), line.quantity());
      }
    }
    if (before == OrderStatus.PENDING) {
      order.couponCode().ifPresent(coupons::giveBack);
    }
    orders.add(
        new OrderEvent(
            order.id(),
            before,
            OrderStatus.CANCELLED,
            "cancelled",
            actor,
            refundedNow.orElse(null),
            clock.instant()));
    return order;
  }

  /**
   * Refunds {@code amount} (part or the rest of what the card was charged, in whole minor units) on
   * the card, then records it; {@code key} makes a repeated request the same refund.
   */
  @Transactional
  public Order refund(long number, String store, Money amount, String key, String actor) {
    Order order = locked(number);
    if (key == null || !key.matches("[A-Za-z0-9_.:-]{8,80}")) {
      throw new InvalidInputException(
          ErrorCode.INVALID_INPUT, List.of("A refund needs a request key of 8 to 80 characters."));
    }
    Optional<OrderEvent> earlier = orders.eventWithKey(order.id(), key);
    if (earlier.isPresent()) {
      // The order is locked: a request with this key waits for the first and then reads it.
      if (!earlier.get().amount().equals(Optional.of(amount))) {
        throw new InvalidInputException(
            ErrorCode.IDEMPOTENCY_CONFLICT,
            List.of("This request key was used for a refund of another amount."));
      }
      return order;
    }
    if (!amount.toMinorUnitsRoundingDown().remainder().isZero()) {
      throw new InvalidInputException(
          ErrorCode.INVALID_AMOUNT, List.of("A refund is a whole number of cents."));
    }
    if (!order.status().refundable()) {
      throw new InvalidInputException(
          ErrorCode.ORDER_STATE_CONFLICT,
          List.of("Only a paid or fulfilled order can be refunded."));
    }
    order.checkRefundable(amount);
    if (order.paymentId().isPresent()) {
      // Capturing a captured payment answers it as it is: no need to ask first.
      payments.capture(store, order.paymentId().get());
      payments.refund(store, order.paymentId().get(), amount, key);
    }
    OrderStatus before = order.status();
    order.refund(amount, clock.instant());
    orders.add(
        new OrderEvent(
                order.id(), before, order.status(), "refunded", actor, amount, clock.instant())
            .keyed(key));
    restockIfNeverShipped(order, before);
    receipts.refunded(order, amount, orderUrl(store, order));
    publish(order, WebhookEvents.ORDER_REFUNDED, amount);
    return order;
  }

  /**
   * Why the cart is not the one the shopper saw, as precisely as is known: a coupon that can no
   * longer be used (its uses ran out, it ended) says so; otherwise the cart changed.
   */
  private static String whatChanged(CartView cart) {
    if (cart.couponCode().isPresent() && cart.couponProblem().isPresent()) {
      return cart.couponProblem().get() + " Your total changed; please review your cart.";
    }
    return "Your cart changed since you saw its total; please review it.";
  }

  /**
   * An order refunded in full before it was fulfilled never left the store: its goods go back in
   * stock, as a cancelled order's do. (A fulfilled order's goods were shipped; a partial refund
   * keeps the order.)
   */
  private void restockIfNeverShipped(Order order, OrderStatus before) {
    if (before == OrderStatus.PAID && order.status() == OrderStatus.REFUNDED) {
      for (OrderLine line : orders.lines(order.id())) {
        if (line.physical()) {
          inventory.giveBack(line.variantId(), line.quantity());
        }
      }
    }
  }

  /** Records a refund of {@code amount} (partial or the rest) of an order paid otherwise. */
  @Transactional
  public Order refund(long number, Money amount, String actor) {
    Order order = locked(number);
    OrderStatus before = order.status();
    order.refund(amount, clock.instant());
    orders.add(
        new OrderEvent(
            order.id(), before, order.status(), "refunded", actor, amount, clock.instant()));
    restockIfNeverShipped(order, before);
    return order;
  }

  /** Orders of every store pending since before {@code before} (see {@link UnpaidOrders}). */
  @Transactional
  public List<OrderRepository.StoreOrderRef> pendingBefore(Instant before) {
    return orders.pendingBeforeAcrossTenants(before, 100);
  }

  /** The orders a signed-in shopper placed in this store, newest first (their account page). */
  @Transactional
  public List<Order> ofShopper(String subject) {
    return orders.ofShopper(subject, 50);
  }

  /** Paid orders and revenue per day since {@code since} (the dashboard). */
  @Transactional
  public List<OrderRepository.DailyFigures> dailySince(Instant since) {
    return orders.dailySince(since);
  }

  /** A page of orders, newest first; {@code email} searches by exact address. */
  @Transactional
  public OrderPage list(
      Optional<OrderStatus> status, Optional<String> email, Optional<Long> before, int size) {
    int pageSize = Math.min(Math.max(size, 1), MAX_PAGE);
    List<Order> found =
        orders.page(
            status, email.map(e -> e.strip().toLowerCase(java.util.Locale.ROOT)), before, pageSize);
    boolean more = found.size() > pageSize;
    List<Order> page = more ? found.subList(0, pageSize) : found;
    return new OrderPage(
        List.copyOf(page),
        more ? Optional.of(page.get(page.size() - 1).number()) : Optional.empty());
  }

  private Order move(
      long number, OrderStatus next, String kind, String actor, Optional<Money> amount) {
    Order order = locked(number);
    OrderStatus before = order.status();
    order.moveTo(next, clock.instant());
    orders.add(
        new OrderEvent(
            order.id(), before, next, kind, actor, amount.orElse(null), clock.instant()));
    return order;
  }

  private Order locked(long number) {
    return orders
        .byNumber(number, true)
        .orElseThrow(() -> new ItemNotFoundException(ErrorCode.ORDER_NOT_FOUND, "No such order"));
  }

  /** The order's page for its shopper (with its key), on the platform's public address. */
  private String orderUrl(String store, Order order) {
    return addresses.onPlatform(
        "/s/" + store + "/orders/" + order.number() + "?key=" + order.accessKey());
  }

  private static String accessKey() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return java.util.HexFormat.of().formatHex(bytes);
  }

  private static String actor(CartOwner owner) {
    return owner instanceof CartOwner.Shopper s ? "shopper:" + s.subject() : "guest";
  }

  /** An order with its lines and its history. */
  public record OrderDetail(Order order, List<OrderLine> lines, List<OrderEvent> events) {

    /**
     * Whether the order's card payment was ever confirmed (it may be refunded or cancelled since).
     */
    public boolean wasPaid() {
      return events.stream().anyMatch(e -> e.to() == OrderStatus.PAID);
    }

    /**
     * Whether the card was charged: paid, and not cancelled with its authorization released (a
     * cancel after capture refunds what was captured, and says so as refunded).
     */
    public boolean wasCharged() {
      return wasPaid()
          && !(order.status() == OrderStatus.CANCELLED && !order.refunded().isPositive());
    }

    /** What the card was charged: nothing unless {@link #wasCharged}. */
    public Money charged() {
      return wasCharged() ? order.charged() : Money.zero(order.total().currency());
    }
  }

  /** A page of orders and, when more follow, the number to continue below. */
  public record OrderPage(List<Order> orders, Optional<Long> nextBefore) {}
}
