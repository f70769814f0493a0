package dev.penny.tests.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.tests.pages.CartPage;
import dev.penny.tests.pages.ProductPage;
import dev.penny.tests.pages.StoreHomePage;
import org.junit.jupiter.api.Test;

/** A shopper fills a cart in Chromium, by the public test ids. */
class CartJourneyIT extends BrowserPerTest {

  @Test
  void aGuestFillsACartAppliesACouponAndChoosesShipping() {
    StoreHomePage home = StoreHomePage.open(browser, baseUrl, "demo-books");
    assertThat(home.miniCartCount()).isZero();

    CartPage cart = product(home, "fiction", "The Quiet Orchard").addToCart("BK-F100-HC", 2);
    assertThat(cart.notice()).isEqualTo("Added to your cart.");
    cart = product(cart, "children", "Moon Soup").addToCart(null, 1);
    assertThat(cart.miniCartCount()).isEqualTo(3);
    assertThat(cart.lines())
        .hasSize(2)
        .anySatisfy(l -> assertThat(l.sku()).isEqualTo("BK-F100-HC"));

    cart = cart.applyCoupon("nope");
    assertThat(cart.problem()).isEqualTo("That coupon code is not valid in this store.");
    assertThat(cart.total("cart-shipping"))
        .as("none chosen yet")
        .isEqualTo("choose a method above");
    cart = cart.applyCoupon("welcome10").chooseShipping("Standard");
    assertThat(cart.notice()).isEqualTo("Shipping method chosen.");
    assertThat(cart.total("cart-shipping")).isEqualTo("$4.95");
    assertThat(cart.total("cart-discount")).startsWith("−$");

    cart = cart.changeQuantity("BK-F100-HC", 1);
    assertThat(cart.lines())
        .filteredOn(l -> l.sku().equals("BK-F100-HC"))
        .singleElement()
        .satisfies(l -> assertThat(l.total()).isEqualTo("$24.00"));
    cart = cart.remove("BK-F100-HC");
    assertThat(cart.lines()).hasSize(1);
    assertThat(cart.miniCartCount()).isEqualTo(1);
  }

  @Test
  void aGuestCartJoinsTheShoppersCartOnSignIn() {
    StoreHomePage home = StoreHomePage.open(browser, baseUrl, "demo-coffee");
    CartPage cart = product(home, "gear", "Hand Grinder").addToCart("CF-G100", 1);
    assertThat(cart.lines()).extracting(CartPage.Line::sku).containsExactly("CF-G100");

    StoreHomePage signedIn = cart.signIn().signInAs("shopper", "penny-demo");
    CartPage merged = signedIn.openCart();

    assertThat(merged.lines()).extracting(CartPage.Line::sku).contains("CF-G100");
    assertThat(merged.miniCartCount()).isPositive();
  }

  private static ProductPage product(
      dev.penny.tests.pages.StorePage page, String category, String name) {
    return page.openCategoryFromNavigation(category).openProduct(name);
  }
}
