package dev.penny.storefront.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.penny.cart.cart.CartOwner;
import dev.penny.cart.cart.CartService;
import dev.penny.cart.cart.CartView;
import dev.penny.cart.coupon.CouponKind;
import dev.penny.cart.coupon.CouponService;
import dev.penny.cart.coupon.CouponTerms;
import dev.penny.cart.order.Order;
import dev.penny.cart.order.OrderPlacement;
import dev.penny.cart.order.OrderService;
import dev.penny.cart.order.OrderStatus;
import dev.penny.cart.order.ShippingAddress;
import dev.penny.money.Money;
import dev.penny.platform.problem.DomainException;
import dev.penny.platform.problem.InvalidInputException;
import dev.penny.platform.store.ShippingMethod;
import dev.penny.platform.store.ShippingMethodRepository;
import dev.penny.platform.tenancy.ActiveTenant;
import dev.penny.platform.tenancy.TenantScope;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Orders against the real database: placing takes stock and empties the cart, numbers count per
 * store, two shoppers racing for the last item make exactly one order, the table of transitions
 * refuses what it does not list, and cancelling gives stock and the coupon's use back.
 */
@ExtendWith(ArquillianExtension.class)
class OrderIT {

  private static final ShippingAddress ADDRESS =
      new ShippingAddress("Ada Lovelace", "12 St James's Square", "London", "SW1Y 4JH", "gb");

  @Inject Stores stores;
  @Inject CartService carts;
  @Inject OrderService orders;
  @Inject CouponService coupons;
  @Inject InTransaction transaction;
  @Inject Concurrently concurrently;
  @Inject ShippingMethodRepository shipping;
  @Inject dev.penny.cart.order.UnpaidOrders unpaid;

  @Test
  void ordersLeftUnpaidAreCancelledAcrossStoresAndTheirStockReturns() throws SQLException {
    ActiveTenant first = stores.open("USD");
    ActiveTenant second = stores.open("EUR");
    long a = physical(first, "LEFT-A", "4.00", 3);
    long b = physical(second, "LEFT-B", "6.00", 2);
    long methodA = shippingMethod(first);
    CartOwner guestA = CartOwner.newGuest();
    CartOwner guestB = CartOwner.newGuest();
    inStore(first, () -> carts.add(guestA, a, 2));
    inStore(first, () -> run(() -> carts.chooseShipping(guestA, methodA)));
    long number = inStore(first, () -> orders.place(guestA, placement())).number();
    inStore(second, () -> carts.add(guestB, b, 1));
    inStore(
        second,
        () ->
            transaction.get(
                () ->
                    shipping.add(new ShippingMethod("Post", Money.parse("4.95", "EUR"), 0)).id()));
    long methodB =
        Long.parseLong(
            stores
                .column("SELECT id FROM shipping_method WHERE tenant_id = ?", second.id())
                .get(0));
    inStore(second, () -> run(() -> carts.chooseShipping(guestB, methodB)));
    inStore(second, () -> orders.place(guestB, placement()));

    int cancelled = unpaid.cancelOlderThan(java.time.Duration.ofSeconds(-1));

    assertThat(cancelled).isGreaterThanOrEqualTo(2);
    assertThat(inStore(first, () -> orders.detail(number)).orElseThrow().order().status())
        .isEqualTo(OrderStatus.CANCELLED);
    assertThat(stores.column("SELECT stock FROM product_variant WHERE id = ?", a))
        .containsExactly("3");
    assertThat(stores.column("SELECT stock FROM product_variant WHERE id = ?", b))
        .containsExactly("2");
  }

  @Test
  void placingTakesStockCopiesTheLinesAndEmptiesTheCart() throws SQLException {
    ActiveTenant store = stores.open("USD");
    long variant = physical(store, "ORD-A", "10.00", 5);
    long method = shippingMethod(store);
    CartOwner guest = CartOwner.newGuest();
    inStore(store, () -> carts.add(guest, variant, 2));
    inStore(store, () -> run(() -> carts.chooseShipping(guest, method)));

    Order first = inStore(store, () -> orders.place(guest, placement()));
    inStore(store, () -> carts.add(guest, variant, 1));
    inStore(store, () -> run(() -> carts.chooseShipping(guest, method)));
    Order second = inStore(store, () -> orders.place(guest, placement()));

    assertThat(first.number()).isEqualTo(1001);
    assertThat(second.number()).isEqualTo(1002);
    assertThat(first.status()).isEqualTo(OrderStatus.PENDING);
    assertThat(first.total()).isEqualTo(Money.parse("24.95", "USD"));
    assertThat(stores.column("SELECT stock FROM product_variant WHERE id = ?", variant))
        .containsExactly("2");
    assertThat(inStore(store, () -> carts.count(guest))).isZero();
    var detail = inStore(store, () -> orders.detail(1001)).orElseThrow();
    assertThat(detail.lines())
        .singleElement()
        .satisfies(l -> assertThat(l.sku()).isEqualTo("ORD-A"));
    assertThat(detail.events())
        .singleElement()
        .satisfies(e -> assertThat(e.kind()).isEqualTo("placed"));
    assertThat(detail.order().shippingAddress().orElseThrow().country()).isEqualTo("GB");
  }

  @Test
  void twoShoppersRacingForTheLastItemMakeExactlyOneOrder() throws Exception {
    ActiveTenant store = stores.open("USD");
    long variant = physical(store, "LAST-ONE", "5.00", 1);
    long method = shippingMethod(store);
    List<CartOwner> shoppers =
        List.of(CartOwner.newGuest(), CartOwner.newGuest(), CartOwner.newGuest());
    for (CartOwner shopper : shoppers) {
      inStore(store, () -> carts.add(shopper, variant, 1));
      inStore(store, () -> run(() -> carts.chooseShipping(shopper, method)));
    }

    List<Supplier<?>> attempts =
        shoppers.stream()
            .<Supplier<?>>map(s -> () -> inStore(store, () -> orders.place(s, placement())))
            .toList();
    List<Object> results = concurrently.run(attempts);

    assertThat(results).filteredOn(Order.class::isInstance).hasSize(1);
    assertThat(results)
        .filteredOn(DomainException.class::isInstance)
        .hasSize(2)
        .allSatisfy(e -> assertThat(((DomainException) e).code()).isEqualTo("out_of_stock"));
    assertThat(stores.column("SELECT stock FROM product_variant WHERE id = ?", variant))
        .containsExactly("0");
    assertThat(stores.column("SELECT COUNT(*) FROM store_order WHERE tenant_id = ?", store.id()))
        .containsExactly("1");
  }

  @Test
  void ordersPlacedAtOnceGetConsecutiveNumbersWithoutDeadlocks() throws Exception {
    ActiveTenant store = stores.open("USD");
    stores.product(store, "MANY-1", "3.00", 0, "DIGITAL");
    long variant = stores.variant(store, "MANY-1");
    List<CartOwner> shoppers = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      CartOwner shopper = CartOwner.newGuest();
      inStore(store, () -> carts.add(shopper, variant, 1));
      shoppers.add(shopper);
    }

    List<Object> results =
        concurrently.run(
            shoppers.stream()
                .<Supplier<?>>map(
                    s ->
                        () ->
                            inStore(
                                store,
                                () ->
                                    orders.place(
                                        s,
                                        new OrderPlacement(
                                            "many@example.com",
                                            Optional.empty(),
                                            Optional.empty()))))
                .toList());

    assertThat(results).allSatisfy(r -> assertThat(r).isInstanceOf(Order.class));
    assertThat(results.stream().map(r -> ((Order) r).number()).sorted().toList())
        .isEqualTo(java.util.stream.LongStream.rangeClosed(1001, 1012).boxed().toList());
  }

  @Test
  void theTableOfTransitionsRefusesWhatItDoesNotList() throws SQLException {
    ActiveTenant store = stores.open("USD");
    long variant = physical(store, "FLOW-1", "8.00", 3);
    long method = shippingMethod(store);
    CartOwner guest = CartOwner.newGuest();
    inStore(store, () -> carts.add(guest, variant, 1));
    inStore(store, () -> run(() -> carts.chooseShipping(guest, method)));
    long number = inStore(store, () -> orders.place(guest, placement())).number();

    assertThatThrownBy(() -> inStore(store, () -> orders.fulfil(number, "test")))
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("order_state_conflict");
    inStore(store, () -> orders.markPaid(number, "test"));
    inStore(store, () -> orders.refund(number, Money.parse("3.00", "USD"), "test"));
    assertThat(stores.column("SELECT stock FROM product_variant WHERE id = ?", variant))
        .as("a partial refund keeps the order, and its goods")
        .containsExactly("2");
    assertThatThrownBy(
            () -> inStore(store, () -> orders.refund(number, Money.parse("100", "USD"), "test")))
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("refund_exceeds_remaining");
    Order refunded =
        inStore(store, () -> orders.refund(number, Money.parse("9.95", "USD"), "test"));

    assertThat(refunded.status()).isEqualTo(OrderStatus.REFUNDED);
    assertThat(stores.column("SELECT stock FROM product_variant WHERE id = ?", variant))
        .as("refunded in full before it was fulfilled: its goods are back in stock")
        .containsExactly("3");
    assertThat(inStore(store, () -> orders.detail(number)).orElseThrow().events())
        .extracting(e -> e.kind() + ":" + e.to())
        .containsExactly("placed:PENDING", "paid:PAID", "refunded:PAID", "refunded:REFUNDED");
  }

  /**
   * The checkout sends the cart it showed: another item of the same price swapped in meanwhile (in
   * another tab) leaves the total as it was, and still places nothing.
   */
  @Test
  void anOrderIsPlacedOnlyForTheCartTheShopperSaw() throws SQLException {
    ActiveTenant store = stores.open("USD");
    long shown = physical(store, "SEEN-1", "9.99", 5);
    long swapped = physical(store, "SWAP-1", "9.99", 5);
    long method = shippingMethod(store);
    CartOwner guest = CartOwner.newGuest();
    inStore(store, () -> carts.add(guest, shown, 1));
    inStore(store, () -> run(() -> carts.chooseShipping(guest, method)));
    CartView seen = inStore(store, () -> carts.view(guest));

    inStore(store, () -> run(() -> carts.remove(guest, seen.items().get(0).lineId())));
    inStore(store, () -> carts.add(guest, swapped, 1));
    CartView now = inStore(store, () -> carts.view(guest));
    assertThat(now.totals().total()).isEqualTo(seen.totals().total());
    OrderPlacement asSeen =
        new OrderPlacement(
            "ada@example.com",
            Optional.of(ADDRESS),
            Optional.of(seen.totals().total()),
            Optional.of(seen.fingerprint()));
    assertThatThrownBy(() -> inStore(store, () -> orders.place(guest, asSeen)))
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("cart_changed");
    assertThat(stores.column("SELECT COUNT(*) FROM store_order WHERE tenant_id = ?", store.id()))
        .containsExactly("0");

    Order placed =
        inStore(
            store,
            () ->
                orders.place(
                    guest,
                    new OrderPlacement(
                        "ada@example.com",
                        Optional.of(ADDRESS),
                        Optional.of(now.totals().total()),
                        Optional.of(now.fingerprint()))));
    assertThat(placed.total()).isEqualTo(seen.totals().total());
  }

  /** A coupon used up by another shopper meanwhile is named as the reason the total changed. */
  @Test
  void aCouponUsedUpMeanwhileSaysSoAtCheckout() throws SQLException {
    ActiveTenant store = stores.open("USD");
    long variant = physical(store, "LAST-1", "20.00", 5);
    long method = shippingMethod(store);
    inStore(
        store,
        () ->
            coupons.create(
                new CouponTerms(
                    "LAST1",
                    CouponKind.PERCENT,
                    100_000,
                    Optional.empty(),
                    Money.parse("0", "USD"),
                    Optional.empty(),
                    OptionalInt.of(1))));
    CartOwner first = CartOwner.newGuest();
    CartOwner second = CartOwner.newGuest();
    for (CartOwner guest : List.of(first, second)) {
      inStore(store, () -> carts.add(guest, variant, 1));
      inStore(store, () -> run(() -> carts.chooseShipping(guest, method)));
      inStore(store, () -> run(() -> carts.applyCoupon(guest, "last1")));
    }
    CartView seen = inStore(store, () -> carts.view(second));
    inStore(store, () -> orders.place(first, placement()));

    OrderPlacement asSeen =
        new OrderPlacement(
            "b@example.com",
            Optional.of(ADDRESS),
            Optional.of(seen.totals().total()),
            Optional.of(seen.fingerprint()));
    assertThatThrownBy(() -> inStore(store, () -> orders.place(second, asSeen)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "That coupon has been used as often as it can be. Your total changed;"
                            + " please review your cart."));
  }

  @Test
  void cancellingGivesStockAndTheCouponsUseBack() throws SQLException {
    ActiveTenant store = stores.open("USD");
    long variant = physical(store, "BACK-1", "20.00", 4);
    long method = shippingMethod(store);
    inStore(
        store,
        () ->
            coupons.create(
                new CouponTerms(
                    "ONLY1",
                    CouponKind.PERCENT,
                    100_000,
                    Optional.empty(),
                    Money.parse("0", "USD"),
                    Optional.empty(),
                    OptionalInt.of(1))));
    CartOwner guest = CartOwner.newGuest();
    inStore(store, () -> carts.add(guest, variant, 3));
    inStore(store, () -> run(() -> carts.chooseShipping(guest, method)));
    inStore(store, () -> run(() -> carts.applyCoupon(guest, "only1")));
    Order order = inStore(store, () -> orders.place(guest, placement()));
    assertThat(order.totals().discount()).isEqualTo(Money.parse("6.00", "USD"));
    assertThat(stores.column("SELECT used_count FROM coupon WHERE tenant_id = ?", store.id()))
        .containsExactly("1");

    inStore(store, () -> orders.cancel(order.number(), "test"));

    assertThat(stores.column("SELECT stock FROM product_variant WHERE id = ?", variant))
        .containsExactly("4");
    assertThat(stores.column("SELECT used_count FROM coupon WHERE tenant_id = ?", store.id()))
        .containsExactly("0");
  }

  /** A coupon that takes all of a digital order leaves nothing to pay: it is paid as placed. */
  @Test
  void anOrderWithNothingToPayIsPaidWithoutACard() throws SQLException {
    ActiveTenant store = stores.open("USD");
    stores.product(store, "FREE-1", "9.99", 10, "DIGITAL");
    long variant = stores.variant(store, "FREE-1");
    inStore(
        store,
        () ->
            coupons.create(
                new CouponTerms(
                    "ALL",
                    CouponKind.PERCENT,
                    1_000_000,
                    Optional.empty(),
                    Money.parse("0", "USD"),
                    Optional.empty(),
                    OptionalInt.empty())));
    CartOwner guest = CartOwner.newGuest();
    inStore(store, () -> carts.add(guest, variant, 1));
    inStore(store, () -> run(() -> carts.applyCoupon(guest, "all")));
    Order order =
        inStore(
            store,
            () ->
                orders.place(
                    guest,
                    new OrderPlacement("a@example.com", Optional.empty(), Optional.empty())));
    assertThat(order.total().isPositive()).isFalse();

    Order paid = inStore(store, () -> orders.completeWithoutPayment(order.number(), store.slug()));
    assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
    assertThat(paid.paymentId()).isEmpty();
    assertThat(
            stores.column(
                "SELECT kind FROM order_event WHERE order_id = ? ORDER BY id DESC LIMIT 1",
                order.id()))
        .containsExactly("paid (nothing to pay)");
  }

  /**
   * An order a card cannot pay (above zero, below the acquirer's 0.50, or 50 where there are no
   * cents) is refused before it is placed: placed, it waited unpaid and held its stock.
   */
  @Test
  void anOrderBelowTheCardMinimumIsRefusedAndTakesNothing() throws SQLException {
    ActiveTenant store = stores.open("USD");
    // Charged 0.49 (half up): below the minimum; 0.495 would be charged 0.50 and be placed.
    long small = physical(store, "SMALL-1", "0.494999", 3);
    long enough = physical(store, "SMALL-2", "0.50", 3);
    CartOwner guest = CartOwner.newGuest();
    inStore(store, () -> carts.add(guest, small, 1));
    OrderPlacement digital =
        new OrderPlacement("a@example.com", Optional.of(ADDRESS), Optional.empty());
    long pickup =
        inStore(
            store,
            () ->
                transaction.get(
                    () ->
                        shipping
                            .add(new ShippingMethod("Pickup", Money.parse("0", "USD"), 0))
                            .id()));
    inStore(store, () -> run(() -> carts.chooseShipping(guest, pickup)));

    assertThat(refusal(store, guest, digital)).isEqualTo("order_below_card_minimum");
    assertThat(stores.column("SELECT stock FROM product_variant WHERE id = ?", small))
        .containsExactly("3");

    CartOwner other = CartOwner.newGuest();
    inStore(store, () -> carts.add(other, enough, 1));
    inStore(store, () -> run(() -> carts.chooseShipping(other, pickup)));
    assertThat(inStore(store, () -> orders.place(other, digital)).total().toPlainString())
        .isEqualTo("0.50");
    assertThat(
            dev.penny.platform.store.CardMinimum.of(java.util.Currency.getInstance("JPY"))
                .toPlainString())
        .isEqualTo("50");
  }

  @Test
  void aChangedTotalAnEmptyCartAndAMissingAddressAreRefusedAndTakeNothing() throws SQLException {
    ActiveTenant store = stores.open("USD");
    long variant = physical(store, "REF-1", "7.00", 2);
    long method = shippingMethod(store);
    CartOwner guest = CartOwner.newGuest();

    assertThat(refusal(store, guest, placement())).isEqualTo("cart_empty");
    inStore(store, () -> carts.add(guest, variant, 2));
    assertThat(refusal(store, guest, placement())).isEqualTo("shipping_method_required");
    inStore(store, () -> run(() -> carts.chooseShipping(guest, method)));
    assertThat(
            refusal(
                store,
                guest,
                new OrderPlacement("a@example.com", Optional.empty(), Optional.empty())))
        .isEqualTo("invalid_address");
    assertThat(
            refusal(
                store,
                guest,
                new OrderPlacement(
                    "a@example.com", Optional.of(ADDRESS), Optional.of(Money.parse("1", "USD")))))
        .isEqualTo("cart_changed");
    assertThatThrownBy(() -> new OrderPlacement("not an email", Optional.empty(), Optional.empty()))
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("invalid_email");
    assertThat(stores.column("SELECT stock FROM product_variant WHERE id = ?", variant))
        .containsExactly("2");
    assertThat(inStore(store, () -> carts.count(guest))).isEqualTo(2);
  }

  private String refusal(ActiveTenant store, CartOwner owner, OrderPlacement placement) {
    try {
      inStore(store, () -> orders.place(owner, placement));
    } catch (DomainException e) {
      return e.code();
    }
    throw new AssertionError("The order was placed");
  }

  private long physical(ActiveTenant store, String sku, String price, int stock)
      throws SQLException {
    stores.product(store, sku, price, stock, "PHYSICAL");
    return stores.variant(store, sku);
  }

  private long shippingMethod(ActiveTenant store) {
    return inStore(
        store,
        () ->
            transaction.get(
                () ->
                    shipping.add(new ShippingMethod("Post", Money.parse("4.95", "USD"), 0)).id()));
  }

  private static OrderPlacement placement() {
    return new OrderPlacement("Ada@Example.com", Optional.of(ADDRESS), Optional.empty());
  }

  private static boolean run(Runnable work) {
    work.run();
    return true;
  }

  private static <T> T inStore(ActiveTenant store, Supplier<T> work) {
    return TenantScope.runAs(store.id(), work);
  }
}
