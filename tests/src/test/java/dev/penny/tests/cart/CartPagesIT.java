package dev.penny.tests.cart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.tests.stack.DemoVariants;
import dev.penny.tests.stack.Http;
import dev.penny.tests.stack.Http.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cart over HTTP, as a browser and as a forger would use it: the guest cookie, the mini-cart's
 * count, cached pages for a shopper with a cart, cross-site posts refused, and every kind of bad
 * input answered with a message and no change.
 */
class CartPagesIT {

  private static final String BOOKS = "/s/demo-books";

  /** A browser's cookie jar for one store: just the cart cookie. */
  private static final class Browser {
    private String cartCookie = "";

    Response post(String action, String form) {
      return post(action, form, Map.of());
    }

    Response post(String action, String form, Map<String, String> extra) {
      Map<String, String> headers = new HashMap<>(extra);
      headers.put("Content-Type", "application/x-www-form-urlencoded");
      if (!cartCookie.isEmpty()) {
        headers.put("Cookie", cartCookie);
      }
      Response response = Http.send("POST", BOOKS + "/cart/" + action, headers, form);
      for (String setCookie : response.allOf("Set-Cookie")) {
        if (setCookie.startsWith("penny_cart=")) {
          cartCookie = setCookie.substring(0, setCookie.indexOf(';'));
        }
      }
      return response;
    }

    Response get(String path) {
      return cartCookie.isEmpty() ? Http.get(path) : Http.getWithCookie(path, cartCookie);
    }

    int count() {
      return get(BOOKS + "/session").json().getInt("cartCount");
    }
  }

  private static String add(long variant, String quantity) {
    return "variant="
        + variant
        + "&quantity="
        + URLEncoder.encode(quantity, StandardCharsets.UTF_8);
  }

  @Test
  void aGuestsCartLivesInAnHttpOnlySameSiteCookieScopedToTheStore() {
    Browser browser = new Browser();
    long hardcover = DemoVariants.id("demo-books", "BK-F100-HC");

    Response added = browser.post("add", add(hardcover, "2"));

    assertThat(added.status()).isEqualTo(303);
    assertThat(added.header("Location")).isEqualTo(BOOKS + "/cart?notice=added");
    assertThat(added.allOf("Set-Cookie"))
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("penny_cart=")
                    .contains("HttpOnly", "SameSite=Lax", "Path=/s/demo-books/"));
    assertThat(browser.count()).isEqualTo(2);
    Response page = browser.get(BOOKS + "/cart");
    assertThat(page.body()).contains("data-testid=\"cart-line\"", "data-sku=\"BK-F100-HC\"");
    assertThat(Http.get(BOOKS + "/session").json().getInt("cartCount")).isZero();
  }

  @Test
  void aShopperWithACartStillGetsCachedPages() {
    Browser browser = new Browser();
    browser.post("add", add(DemoVariants.id("demo-books", "BK-F101-PB"), "1"));
    String product = BOOKS + "/p/3";
    browser.get(product);

    Response again = browser.get(product);

    assertThat(again.status()).isEqualTo(200);
    assertThat(again.cache()).isEqualTo("hit");
    assertThat(again.body())
        .doesNotContain("penny_cart")
        .contains("data-testid=\"mini-cart-count\"");
  }

  @Test
  void aCrossSitePostChangesNothing() {
    Browser browser = new Browser();
    long variant = DemoVariants.id("demo-books", "BK-F100-HC");
    browser.post("add", add(variant, "1"));

    Response byOrigin =
        browser.post("add", add(variant, "5"), Map.of("Origin", "http://evil.example"));
    Response byFetchMetadata =
        browser.post("add", add(variant, "5"), Map.of("Sec-Fetch-Site", "cross-site"));
    Response sameOrigin =
        browser.post(
            "add",
            add(variant, "1"),
            Map.of("Origin", "http://127.0.0.1:" + dev.penny.tests.stack.PennyStack.get().port()));

    assertThat(byOrigin.status()).isEqualTo(403);
    assertThat(byFetchMetadata.status()).isEqualTo(403);
    assertThat(sameOrigin.status()).isEqualTo(303);
    assertThat(browser.count()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"0", "-1", "1.5", "1e2", "100", "99999999999999999999", "", "two", "%00", "1,5"})
  void aBadQuantityIsAMessageAndNoChange(String quantity) {
    Browser browser = new Browser();
    long variant = DemoVariants.id("demo-books", "BK-F100-HC");
    browser.post("add", add(variant, "1"));

    Response refused = browser.post("add", add(variant, quantity));

    assertThat(refused.status()).isEqualTo(303);
    assertThat(refused.header("Location")).endsWith("/cart?problem=invalid_quantity");
    assertThat(browser.get(refused.header("Location")).body())
        .contains("A quantity is a whole number from 1 to 99.");
    assertThat(browser.count()).isEqualTo(1);
  }

  @Test
  void anotherStoresOrAnUnknownVariantIsNotSoldHere() {
    Browser browser = new Browser();
    long coffee = DemoVariants.id("demo-coffee", "CF-G300-W");

    for (String variant : new String[] {String.valueOf(coffee), "999999999", "abc", "-4", ""}) {
      Response refused = browser.post("add", "variant=" + variant + "&quantity=1");
      assertThat(refused.header("Location")).as(variant).endsWith("problem=product_not_found");
    }
    assertThat(browser.count()).isZero();
  }

  @Test
  void anotherCartsLineCannotBeChanged() {
    Browser mine = new Browser();
    Browser theirs = new Browser();
    theirs.post("add", add(DemoVariants.id("demo-books", "BK-F100-HC"), "1"));
    String line =
        theirs.get(BOOKS + "/cart").body().replaceAll("(?s).*data-line-id=\"(\\d+)\".*", "$1");
    mine.post("add", add(DemoVariants.id("demo-books", "BK-F101-PB"), "1"));

    Response change = mine.post("update", "line=" + line + "&quantity=5");
    Response remove = mine.post("remove", "line=" + line);

    assertThat(change.header("Location")).endsWith("problem=cart_line_not_found");
    assertThat(remove.header("Location")).endsWith("problem=cart_line_not_found");
    assertThat(theirs.count()).isEqualTo(1);
  }

  @Test
  void aCouponAppliesOnlyWhenItIsThisStoresAndValid() {
    Browser browser = new Browser();
    browser.post("add", add(DemoVariants.id("demo-books", "BK-F100-HC"), "1"));

    Response coffeeCoupon = browser.post("coupon", "code=KAFFEE15");
    Response unknown = browser.post("coupon", "code=" + "X".repeat(300));
    Response applied = browser.post("coupon", "code=welcome10");

    assertThat(coffeeCoupon.header("Location")).endsWith("problem=unknown_coupon");
    assertThat(unknown.header("Location")).endsWith("problem=unknown_coupon");
    assertThat(applied.header("Location")).endsWith("notice=coupon-applied");
    String cart = browser.get(BOOKS + "/cart").body();
    assertThat(cart)
        .contains("data-testid=\"cart-coupon-code\">WELCOME10<")
        .contains("data-testid=\"cart-subtotal\">$24.00<")
        .contains("data-testid=\"cart-discount\">−$2.40<");
  }

  @Test
  void cartActionsAreOnlyPostedAndTheirServletIsNotReachableDirectly() {
    assertThat(Http.get(BOOKS + "/cart/add").status()).isEqualTo(405);
    assertThat(Http.send("PUT", BOOKS + "/cart/add", Map.of(), "").status()).isEqualTo(405);
    assertThat(Http.get("/store-actions/session").status()).isEqualTo(404);
    assertThat(Http.get(BOOKS + "/cart/nothing").status()).isEqualTo(404);
  }
}
