package dev.penny.tests.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.tests.stack.Http;
import dev.penny.tests.stack.Http.Response;
import org.junit.jupiter.api.Test;

/** Anonymous store pages are served from the response cache; nothing else is. */
class ResponseCacheIT {

  @Test
  void aRepeatedAnonymousPageIsAHitWithTheSameBody() {
    String path = "/s/demo-coffee/c/gear";
    Response first = Http.get(path);
    Response second = Http.get(path);
    assertThat(second.cache()).isEqualTo("hit");
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(second.contentType()).isEqualTo(first.contentType());
  }

  @Test
  void theSamePathUnderAnotherHostIsAnotherEntry() {
    Http.get("/s/demo-coffee/");
    Response byHost = Http.getWithHost("demo-coffee.localhost", "/");
    assertThat(byHost.status()).isEqualTo(200);
    assertThat(byHost.body())
        .contains("href=\"/c/beans\"")
        .doesNotContain("href=\"/s/demo-coffee/c/beans\"");
  }

  @Test
  void aSharedPageIsTheSameForASignedInShopperAndShowsNoOne() {
    String session = dev.penny.tests.stack.SignedInHttp.sessionCookie("shopper", "penny-demo");
    // Each server of the stack's cluster caches what it serves: the page is asked first where the
    // shopper's session lives (the proxy keeps a session on one server).
    Http.getWithCookie("/s/demo-books/c/science", session);

    Response signedIn = Http.getWithCookie("/s/demo-books/c/science", session);
    Response me = Http.getWithCookie("/s/demo-books/session", session);

    assertThat(signedIn.status()).isEqualTo(200);
    assertThat(signedIn.cache()).isEqualTo("hit");
    assertThat(signedIn.body()).doesNotContain("shopper").contains("id=\"sign-in\"");
    assertThat(me.header("Cache-Control")).isEqualTo("no-store");
    assertThat(me.json().getBoolean("signedIn")).isTrue();
    assertThat(me.json().getString("name")).isEqualTo("shopper");
    assertThat(Http.get("/s/demo-books/session").json().getBoolean("signedIn")).isFalse();
  }

  @Test
  void aPersonalPageIsRenderedForItsVisitorAndNeverStored() {
    String session = dev.penny.tests.stack.SignedInHttp.sessionCookie("shopper", "penny-demo");

    Response account = Http.getWithCookie("/s/demo-books/account", session);

    assertThat(account.cache()).isEmpty();
    assertThat(account.body()).contains("id=\"account-link\"");
  }

  @Test
  void errorsAndSearchesAreNotStored() {
    Http.get("/s/demo-books/p/999998");
    assertThat(Http.get("/s/demo-books/p/999998").cache()).isNotEqualTo("hit");
    Http.get("/api/v1/stores/demo-books/products?limit=0");
    assertThat(Http.get("/api/v1/stores/demo-books/products?limit=0").cache()).isNotEqualTo("hit");
    Http.get("/s/demo-books/search?q=salt");
    assertThat(Http.get("/s/demo-books/search?q=salt").cache()).isEmpty();
  }
}
