package dev.penny.tests.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.tests.stack.Http;
import dev.penny.tests.stack.Http.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Store pages answer bad addresses with the 404 or 400 page, never a 500. */
class StorePagesIT {

  @Test
  void theStoreHomeRendersItsThemeAndCatalog() {
    Response books = Http.get("/s/demo-books/");
    assertThat(books.status()).isEqualTo(200);
    assertThat(books.contentType()).startsWith("text/html");
    assertThat(books.body()).contains("theme-editorial").contains("id=\"featured-products\"");
    Response coffee = Http.get("/s/demo-coffee/");
    assertThat(coffee.body()).contains("theme-classic").contains("€8.50");
  }

  @Test
  void aCategoryPagesItsProducts() {
    Response first = Http.get("/s/demo-books/c/fiction");
    assertThat(first.body()).contains("Page 1 of 2").contains("id=\"page-next\"");
    Response second = Http.get("/s/demo-books/c/fiction?page=2");
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.body()).contains("Page 2 of 2").contains("id=\"page-prev\"");
    assertThat(Http.get("/s/demo-books/c/fiction?page=3").status()).isEqualTo(404);
  }

  @Test
  void aSubCentPriceIsShownExactly() {
    assertThat(Http.get("/s/demo-books/search?q=footnote").body()).contains("$0.002");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/s/no-such-store/",
        "/s/NO-SUCH/",
        "/s/x/",
        "/s/demo-books/p/abc",
        "/s/demo-books/p/0",
        "/s/demo-books/p/999999",
        "/s/demo-books/a/abc",
        "/s/demo-books/c/no-such-category",
        "/s/demo-books/no/such/page",
        "/store/home.xhtml",
        "/store/product.xhtml?id=1",
        "/WEB-INF/web.xml"
      })
  void badAddressesShowTheNotFoundPage(String path) {
    Response response = Http.get(path);
    assertThat(response.status()).isEqualTo(404);
  }

  @Test
  void anUnknownStoreShowsTheNotFoundPage() {
    Response response = Http.get("/s/no-such-store/");
    assertThat(response.body()).contains("id=\"not-found\"").contains("Page not found");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "abc", "99999"})
  void aBadPageNumberIsABadRequest(String page) {
    Response response = Http.get("/s/demo-books/c/fiction?page=" + page);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("id=\"bad-request\"");
  }

  @Test
  void aVeryLongSearchIsABadRequest() {
    Response response = Http.get("/s/demo-books/search?q=" + "a".repeat(101));
    assertThat(response.status()).isEqualTo(400);
    assertThat(Http.get("/s/demo-books/search?q=" + "a".repeat(5_000)).status()).isEqualTo(400);
  }

  @Test
  void searchTextIsMatchedLiterallyAndEscaped() {
    Response wildcard = Http.get("/s/demo-books/search?q=%25");
    assertThat(wildcard.status()).isEqualTo(200);
    assertThat(wildcard.body()).contains("id=\"search-empty\"");
    Response markup = Http.get("/s/demo-books/search?q=%3Cscript%3Ex%3C%2Fscript%3E");
    assertThat(markup.status()).isEqualTo(200);
    assertThat(markup.body()).doesNotContain("<script>x</script>").contains("&lt;script&gt;");
  }
}
