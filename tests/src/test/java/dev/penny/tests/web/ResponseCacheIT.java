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
  void aRequestWithASessionIsNeverServedFromTheCache() {
    Http.get("/s/demo-books/c/science");
    Response withSession = Http.getWithCookie("/s/demo-books/c/science", "JSESSIONID=abc");
    assertThat(withSession.status()).isEqualTo(200);
    assertThat(withSession.cache()).isEmpty();
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
