package dev.penny.tests.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.tests.stack.Http;
import dev.penny.tests.stack.Http.Response;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProductsApiIT {

  private static final String BOOKS = "/api/v1/stores/demo-books/products";

  private static void assertProblem(Response response, int status, String code) {
    assertThat(response.status()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonObject problem = response.json();
    assertThat(problem.getString("code")).isEqualTo(code);
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("title")).isNotBlank();
    assertThat(problem.getString("type")).contains(code.replace('_', '-'));
  }

  @Test
  void walksEveryProductOnceByCursor() {
    List<Long> ids = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Response response =
          Http.get(BOOKS + "?limit=7" + (cursor == null ? "" : "&cursor=" + cursor));
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.contentType()).startsWith("application/json");
      JsonObject page = response.json();
      assertThat(page.getString("object")).isEqualTo("list");
      page.getJsonArray("data")
          .forEach(p -> ids.add(p.asJsonObject().getJsonNumber("id").longValue()));
      cursor = page.getBoolean("has_more") ? page.getString("next_cursor") : null;
      if (cursor == null) {
        assertThat(page.get("next_cursor")).isEqualTo(JsonValue.NULL);
      }
      pages++;
    } while (cursor != null && pages < 50);
    assertThat(ids).doesNotHaveDuplicates().isSorted();
    // Other suites add products to demo-books through the admin and the API, so the walk is
    // compared with one big page rather than with the 24 seeded products.
    List<Long> all = new ArrayList<>();
    Http.get(BOOKS + "?limit=100")
        .json()
        .getJsonArray("data")
        .forEach(p -> all.add(p.asJsonObject().getJsonNumber("id").longValue()));
    assertThat(all).hasSizeGreaterThanOrEqualTo(24).hasSizeLessThan(100);
    assertThat(ids).isEqualTo(all);
    assertThat(pages).isEqualTo((all.size() + 6) / 7);
  }

  @Test
  void aProductCarriesVariantsWithExactPricesAndItsImages() {
    JsonObject first = Http.get(BOOKS + "?limit=1").json().getJsonArray("data").getJsonObject(0);
    long id = first.getJsonNumber("id").longValue();
    Response response = Http.get(BOOKS + "/" + id);
    assertThat(response.status()).isEqualTo(200);
    JsonObject product = response.json();
    assertThat(product.getString("name")).isEqualTo("The Quiet Orchard");
    assertThat(product.getString("kind")).isEqualTo("physical");
    assertThat(product.getJsonObject("category").getString("slug")).isEqualTo("fiction");
    JsonObject hardcover = product.getJsonArray("variants").getJsonObject(0);
    assertThat(hardcover.getString("sku")).isEqualTo("BK-F100-HC");
    assertThat(hardcover.getJsonObject("price").getString("amount")).isEqualTo("24.00");
    assertThat(hardcover.getJsonObject("price").getString("currency")).isEqualTo("USD");
    assertThat(hardcover.getJsonObject("price").getJsonNumber("micros").longValue())
        .isEqualTo(24_000_000L);
    assertThat(product.getJsonArray("images")).isNotEmpty();
    assertThat(product.getString("url")).isEqualTo("/s/demo-books/p/" + id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "101", "abc", "1e2", "%20"})
  void refusesABadLimit(String limit) {
    assertProblem(Http.get(BOOKS + "?limit=" + limit), 400, "invalid_limit");
  }

  @ParameterizedTest
  @ValueSource(strings = {"nope", "cDE6MA", "AAAA", "p1%3A5"})
  void refusesAnUnknownCursor(String cursor) {
    assertProblem(Http.get(BOOKS + "?cursor=" + cursor), 400, "invalid_cursor");
  }

  @Test
  void refusesUnknownQueryParameters() {
    assertProblem(Http.get(BOOKS + "?sort=price"), 400, "unknown_parameter");
    assertProblem(Http.get(BOOKS + "/1?expand=variants"), 400, "unknown_parameter");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "0", "-3", "1.5", "99999999999999999999"})
  void refusesANonNumericId(String id) {
    assertProblem(Http.get(BOOKS + "/" + id), 400, "invalid_id");
  }

  @Test
  void anUnknownProductIsNotFound() {
    assertProblem(Http.get(BOOKS + "/999999"), 404, "product_not_found");
  }

  @ParameterizedTest
  @ValueSource(strings = {"no-such-store", "DEMO-BOOKS", "ab", "demo_books"})
  void anUnknownOrMalformedStoreIsNotFound(String slug) {
    assertProblem(Http.get("/api/v1/stores/" + slug + "/products"), 404, "store_not_found");
  }

  @Test
  void anUnknownApiPathIsAProblemToo() {
    assertProblem(Http.get("/api/v1/stores/demo-books/nothing-here"), 404, "not_found");
  }

  @Test
  void theOpenApiDocumentDescribesTheProductsApi() {
    Response response = Http.get("/openapi");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).contains("/api/v1/stores/{slug}/products/{id}").contains("cursor");
  }

  @Test
  void listingsNeverMixStores() {
    Set<String> bookSkus = skus("demo-books");
    Set<String> coffeeSkus = skus("demo-coffee");
    assertThat(bookSkus)
        .isNotEmpty()
        .anyMatch(s -> s.startsWith("BK-"))
        .noneMatch(s -> s.startsWith("CF-"));
    assertThat(coffeeSkus)
        .isNotEmpty()
        .anyMatch(s -> s.startsWith("CF-"))
        .noneMatch(s -> s.startsWith("BK-"));
    assertThat(bookSkus).doesNotContainAnyElementsOf(coffeeSkus);
  }

  private static Set<String> skus(String store) {
    Set<String> skus = new HashSet<>();
    Http.get("/api/v1/stores/" + store + "/products?limit=100")
        .json()
        .getJsonArray("data")
        .forEach(
            p ->
                p.asJsonObject()
                    .getJsonArray("variants")
                    .forEach(v -> skus.add(v.asJsonObject().getString("sku"))));
    return skus;
  }
}
