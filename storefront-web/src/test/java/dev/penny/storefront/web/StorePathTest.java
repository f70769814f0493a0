package dev.penny.storefront.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StorePathTest {

  private static String target(String path) {
    return StorePath.resolve(path).orElseThrow().target();
  }

  @Test
  void mapsStorePagesToTheirViews() {
    assertThat(target("/")).isEqualTo("/store/home.xhtml");
    assertThat(target("/search")).isEqualTo("/store/search.xhtml");
    assertThat(target("/c/fiction")).isEqualTo("/store/category.xhtml?slug=fiction");
    assertThat(target("/p/12")).isEqualTo("/store/product.xhtml?id=12");
    assertThat(target("/p/12-the-quiet-orchard")).isEqualTo("/store/product.xhtml?id=12");
    assertThat(target("/a/3/")).isEqualTo("/store/content.xhtml?id=3");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/p/abc", "/p/0", "/p/-1", "/p/", "/p/12/extra", "/p/1234567890123456789", "/c/",
        "/c/Fiction", "/c/a_b", "/a/x", "/admin", "/store/home.xhtml", "/c/fiction?x", "/p/1%00"
      })
  void anythingElseIsNotAStorePage(String path) {
    assertThat(StorePath.resolve(path)).isEmpty();
  }

  @Test
  void staticResourcesPassThrough() {
    assertThat(StorePath.isStaticResource("/resources/css/store.css")).isTrue();
    assertThat(StorePath.isStaticResource("/jakarta.faces.resource/faces.js")).isTrue();
    assertThat(StorePath.isStaticResource("/p/1")).isFalse();
  }

  @Test
  void formActionsGoToTheirServletsAndNothingElseDoes() {
    assertThat(StorePath.action("/cart/add")).contains("/store-actions/cart/add");
    assertThat(StorePath.action("/cart/shipping")).contains("/store-actions/cart/shipping");
    assertThat(StorePath.action("/session")).contains("/store-actions/session");
    assertThat(StorePath.action("/checkout/place")).contains("/store-actions/checkout/place");
    assertThat(StorePath.action("/account/cards/remove")).contains("/store-actions/account/remove");
    for (String other :
        new String[] {
          "/cart",
          "/cart/",
          "/cart/add/",
          "/cart/delete",
          "/checkout",
          "/checkout/x",
          "/account/cards",
          "/account/remove",
          "/cart/add/../x"
        }) {
      assertThat(StorePath.action(other)).as(other).isEmpty();
    }
  }

  /** Every form a store page posts reaches its action (a form the router missed was a 404). */
  @Test
  void everyFormAStorePagePostsHasAnAction() throws IOException {
    Pattern form =
        Pattern.compile("<form\\b[^>]*method=\"post\"[^>]*action=\"#\\{store\\.base\\}([^\"]+)\"");
    List<String> actions = new ArrayList<>();
    try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher m = form.matcher(Files.readString(page));
        while (m.find()) {
          actions.add(m.group(1));
        }
      }
    }
    assertThat(actions).as("the store pages' post forms").hasSizeGreaterThan(15);
    assertThat(actions)
        .allSatisfy(action -> assertThat(StorePath.action(action)).as(action).isPresent());
  }

  @Test
  void orderPagesAreRenderedPerRequest() {
    assertThat(StorePath.resolve("/orders/1001"))
        .get()
        .satisfies(
            v -> {
              assertThat(v.target()).isEqualTo("/store/order.xhtml?number=1001");
              assertThat(v.cacheable()).isFalse();
            });
    assertThat(StorePath.resolve("/orders/1001/pay").orElseThrow().target())
        .isEqualTo("/store/pay.xhtml?number=1001");
    assertThat(StorePath.resolve("/checkout").orElseThrow().cacheable()).isFalse();
    assertThat(StorePath.resolve("/cart").orElseThrow().cacheable()).isFalse();
    assertThat(StorePath.resolve("/orders/0")).isEmpty();
    assertThat(StorePath.resolve("/orders/1/refund")).isEmpty();
  }
}
