package dev.penny.tests.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.tests.stack.Http;
import dev.penny.tests.stack.Http.Response;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A store never shows another store's data, whichever way it is addressed. */
class TenantIsolationIT {

  private static long coffeeProductId;
  private static String coffeeProductName;

  @BeforeAll
  static void findACoffeeProduct() {
    JsonObject product =
        Http.get("/api/v1/stores/demo-coffee/products?limit=1")
            .json()
            .getJsonArray("data")
            .getJsonObject(0);
    coffeeProductId = product.getJsonNumber("id").longValue();
    coffeeProductName = product.getString("name");
    assertThat(Http.get("/s/demo-coffee/p/" + coffeeProductId).body()).contains(coffeeProductName);
  }

  @Test
  void byPath() {
    Response response = Http.get("/s/demo-books/p/" + coffeeProductId);
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.body()).contains("id=\"not-found\"").doesNotContain(coffeeProductName);
  }

  @Test
  void byHost() {
    assertThat(Http.getWithHost("demo-coffee.localhost", "/p/" + coffeeProductId).body())
        .contains(coffeeProductName);
    Response response = Http.getWithHost("demo-books.localhost", "/p/" + coffeeProductId);
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.body()).doesNotContain(coffeeProductName);
  }

  @Test
  void byApi() {
    Response response = Http.get("/api/v1/stores/demo-books/products/" + coffeeProductId);
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().getString("code")).isEqualTo("product_not_found");
    assertThat(response.body()).doesNotContain(coffeeProductName);
  }

  @Test
  void aHostAndAPathForDifferentStoresAreRefused() {
    Response response =
        Http.getWithHost("demo-books.localhost", "/s/demo-coffee/p/" + coffeeProductId);
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.body()).doesNotContain(coffeeProductName);
  }

  @Test
  void anotherStoresContentItemIsNotFound() {
    long coffeeArticle = articleId("demo-coffee", "Dialing In Your Grinder");
    assertThat(Http.get("/s/demo-coffee/a/" + coffeeArticle).status()).isEqualTo(200);
    assertThat(Http.get("/s/demo-books/a/" + coffeeArticle).status()).isEqualTo(404);
  }

  @Test
  void pagesAndSearchNeverMixStores() {
    String booksHome = Http.get("/s/demo-books/").body();
    assertThat(booksHome).contains("Marginalia Books").doesNotContain("Kaffee").doesNotContain("€");
    String search = Http.get("/s/demo-books/search?q=" + coffeeProductName.split(" ")[0]).body();
    assertThat(search).contains("id=\"search-empty\"").doesNotContain(coffeeProductName);
    String coffeeHome = Http.get("/s/demo-coffee/").body();
    assertThat(coffeeHome)
        .contains("Kaffee Kollektiv")
        .doesNotContain("Marginalia")
        .doesNotContain("$");
  }

  @Test
  void anotherStoresCategoryIsNotFound() {
    assertThat(Http.get("/s/demo-books/c/beans").status()).isEqualTo(404);
    assertThat(Http.get("/s/demo-coffee/c/beans").status()).isEqualTo(200);
  }

  private static long articleId(String store, String title) {
    String home = Http.get("/s/" + store + "/").body();
    int at = home.indexOf(title);
    assertThat(at).as("article on the home page").isPositive();
    String before = home.substring(0, at);
    String marker = "/s/" + store + "/a/";
    int link = before.lastIndexOf(marker);
    String rest = before.substring(link + marker.length());
    return Long.parseLong(rest.substring(0, rest.indexOf('"')));
  }
}
