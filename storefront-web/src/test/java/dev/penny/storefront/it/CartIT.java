package dev.penny.storefront.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.penny.cart.cart.CartChange;
import dev.penny.cart.cart.CartOwner;
import dev.penny.cart.cart.CartService;
import dev.penny.cart.cart.CartView;
import dev.penny.cart.coupon.CouponKind;
import dev.penny.cart.coupon.CouponService;
import dev.penny.cart.coupon.CouponTerms;
import dev.penny.money.Money;
import dev.penny.platform.catalog.Inventory;
import dev.penny.platform.problem.DomainException;
import dev.penny.platform.tenancy.ActiveTenant;
import dev.penny.platform.tenancy.TenantScope;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Carts against the real database: prices come from the catalog, quantities are capped at stock,
 * another store's variant is not found, a guest cart merges into the shopper's, a coupon's last use
 * goes to one order only, and stock is taken only while it lasts.
 */
@ExtendWith(ArquillianExtension.class)
class CartIT {

  @Inject Stores stores;
  @Inject CartService carts;
  @Inject CouponService coupons;
  @Inject Inventory inventory;
  @Inject InTransaction transaction;
  @Inject Concurrently concurrently;

  @Test
  void newGuestsAddingAtOnceNeitherDeadlockNorMakeTwoCartsForOne() throws Exception {
    ActiveTenant store = stores.open("USD");
    stores.product(store, "RUSH-1", "1.00", 0, "DIGITAL");
    long variant = stores.variant(store, "RUSH-1");
    CartOwner.Guest sameGuest = CartOwner.newGuest();
    List<java.util.function.Supplier<?>> work = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      CartOwner.Guest newGuest = CartOwner.newGuest();
      work.add(() -> inStore(store, () -> carts.add(newGuest, variant, 1)));
      work.add(() -> inStore(store, () -> carts.add(sameGuest, variant, 1)));
    }

    List<Object> results = concurrently.run(work);

    assertThat(results).allSatisfy(r -> assertThat(r).isInstanceOf(CartChange.class));
    assertThat(inStore(store, () -> carts.count(sameGuest))).isEqualTo(12);
    assertThat(stores.column("SELECT COUNT(*) FROM cart WHERE tenant_id = ?", store.id()))
        .containsExactly("13");
  }

  @Test
  void aCartIsPricedFromTheCatalogAndCappedAtStock() throws SQLException {
    ActiveTenant store = stores.open("USD");
    stores.product(store, "CART-A", "2.50", 5, "PHYSICAL");
    long variant = stores.variant(store, "CART-A");
    CartOwner guest = CartOwner.newGuest();

    CartChange first = inStore(store, () -> carts.add(guest, variant, 2));
    CartChange second = inStore(store, () -> carts.add(guest, variant, 9));
    CartView view = inStore(store, () -> carts.view(guest));

    assertThat(first.capped()).isFalse();
    assertThat(second.capped()).isTrue();
    assertThat(view.items()).singleElement().satisfies(i -> assertThat(i.quantity()).isEqualTo(5));
    assertThat(view.totals().total()).isEqualTo(Money.parse("12.50", "USD"));
    assertThat(inStore(store, () -> carts.count(guest))).isEqualTo(5);
  }

  @Test
  void anotherStoresVariantIsNotFoundAndNothingIsWritten() throws SQLException {
    ActiveTenant mine = stores.open("USD");
    ActiveTenant theirs = stores.open("USD");
    stores.product(theirs, "THEIRS-1", "1.00", 5, "PHYSICAL");
    long theirVariant = stores.variant(theirs, "THEIRS-1");
    CartOwner guest = CartOwner.newGuest();

    assertThatThrownBy(() -> inStore(mine, () -> carts.add(guest, theirVariant, 1)))
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("product_not_found");
    assertThat(stores.column("SELECT COUNT(*) FROM cart WHERE tenant_id = ?", mine.id()))
        .containsExactly("0");
  }

  @Test
  void aGuestCartMergesIntoTheShoppersOnSignInCappedAtStock() throws SQLException {
    ActiveTenant store = stores.open("USD");
    stores.product(store, "MERGE-A", "1.00", 5, "PHYSICAL");
    stores.product(store, "MERGE-B", "2.00", 5, "PHYSICAL");
    stores.product(store, "MERGE-E", "0.25", 0, "DIGITAL");
    long a = stores.variant(store, "MERGE-A");
    long b = stores.variant(store, "MERGE-B");
    long e = stores.variant(store, "MERGE-E");
    CartOwner.Guest guest = CartOwner.newGuest();
    CartOwner.Shopper shopper = new CartOwner.Shopper("subject-" + System.nanoTime());
    inStore(store, () -> carts.add(guest, a, 4));
    inStore(store, () -> carts.add(guest, e, 3));
    inStore(store, () -> carts.add(shopper, a, 3));
    inStore(store, () -> carts.add(shopper, b, 1));

    int shortened = TenantScope.runAs(store.id(), () -> carts.merge(guest, shopper));
    CartView merged = inStore(store, () -> carts.view(shopper));

    assertThat(shortened).as("MERGE-A: 3 + 4 wanted, 5 in stock").isEqualTo(1);
    assertThat(merged.items())
        .extracting(CartView.Item::sku, CartView.Item::quantity)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("MERGE-A", 5),
            org.assertj.core.groups.Tuple.tuple("MERGE-B", 1),
            org.assertj.core.groups.Tuple.tuple("MERGE-E", 3));
    assertThat(inStore(store, () -> carts.count(guest))).isZero();
    assertThat(stores.column("SELECT COUNT(*) FROM cart WHERE tenant_id = ?", store.id()))
        .containsExactly("1");
  }

  @Test
  void aCouponsLastUseGoesToOneOrderOnly() {
    ActiveTenant store = stores.open("USD");
    inStore(
        store,
        () ->
            coupons.create(
                new CouponTerms(
                    "ONCE",
                    CouponKind.AMOUNT,
                    0,
                    Optional.of(Money.parse("1.00", "USD")),
                    Money.parse("0", "USD"),
                    Optional.empty(),
                    OptionalInt.of(1))));

    inStore(store, () -> transaction.get(() -> redeem("once")));

    assertThatThrownBy(() -> inStore(store, () -> transaction.get(() -> redeem("ONCE"))))
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("coupon_used_up");
    assertThatThrownBy(
            () -> inStore(store, () -> coupons.discount("ONCE", Money.parse("5", "USD"))))
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("coupon_used_up");
  }

  @Test
  void stockIsTakenOnlyWhileItLasts() throws SQLException {
    ActiveTenant store = stores.open("USD");
    stores.product(store, "LAST-1", "9.00", 2, "PHYSICAL");
    long variant = stores.variant(store, "LAST-1");

    List<Boolean> takes =
        List.of(
            inStore(store, () -> transaction.get(() -> inventory.take(variant, 1))),
            inStore(store, () -> transaction.get(() -> inventory.take(variant, 2))),
            inStore(store, () -> transaction.get(() -> inventory.take(variant, 1))),
            inStore(store, () -> transaction.get(() -> inventory.take(variant, 1))));

    assertThat(takes).containsExactly(true, false, true, false);
    assertThat(stores.column("SELECT stock FROM product_variant WHERE id = ?", variant))
        .containsExactly("0");
  }

  private boolean redeem(String code) {
    coupons.redeem(code);
    return true;
  }

  @Test
  void aFullCartRefusesAFiftyFirstItemAsFullAndStillTakesMoreOfOneItHolds() throws SQLException {
    ActiveTenant store = stores.open("USD");
    CartOwner guest = CartOwner.newGuest();
    for (int i = 1; i <= 51; i++) {
      stores.product(store, "FULL-" + i, "1.00", 10, "PHYSICAL");
    }
    for (int i = 1; i <= 50; i++) {
      long variant = stores.variant(store, "FULL-" + i);
      inStore(store, () -> carts.add(guest, variant, 1));
    }
    long fiftyFirst = stores.variant(store, "FULL-51");
    long first = stores.variant(store, "FULL-1");

    assertThatThrownBy(() -> inStore(store, () -> carts.add(guest, fiftyFirst, 1)))
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("cart_full");
    inStore(store, () -> carts.add(guest, first, 2));

    assertThat(inStore(store, () -> carts.view(guest)).items()).hasSize(50);
    assertThat(inStore(store, () -> carts.count(guest))).isEqualTo(52);

    // A guest cart merged into this full cart on sign-in: the line it cannot take is counted.
    CartOwner.Shopper shopper = new CartOwner.Shopper("full-" + System.nanoTime());
    for (int i = 1; i <= 50; i++) {
      long variant = stores.variant(store, "FULL-" + i);
      inStore(store, () -> carts.add(shopper, variant, 1));
    }
    CartOwner.Guest other = CartOwner.newGuest();
    inStore(store, () -> carts.add(other, fiftyFirst, 1));
    inStore(store, () -> carts.add(other, first, 1));
    assertThat(TenantScope.runAs(store.id(), () -> carts.merge(other, shopper)))
        .as("FULL-51 left out; FULL-1 merged whole")
        .isEqualTo(1);
    assertThat(inStore(store, () -> carts.view(shopper)).items()).hasSize(50);
  }

  private static <T> T inStore(ActiveTenant store, java.util.function.Supplier<T> work) {
    return TenantScope.runAs(store.id(), work);
  }
}
