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
  void aCategoryPagesItsProductsByCursor() {
    Response first = Http.get("/s/demo-books/c/fiction");
    assertThat(first.body()).contains("id=\"page-next\"").doesNotContain("id=\"page-prev\"");
    String next = linkOf(first.body(), "page-next");
    assertThat(next).matches("/s/demo-books/c/fiction\\?after=[0-9]+");
    Response second = Http.get(next);
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.body()).contains("id=\"page-prev\"").doesNotContain("id=\"page-next\"");
    Response back = Http.get(linkOf(second.body(), "page-prev"));
    assertThat(back.body()).contains("id=\"page-next\"").doesNotContain("id=\"page-prev\"");
    assertThat(Http.get("/s/demo-books/c/fiction?after=999999999999").status()).isEqualTo(404);
  }

  private static String linkOf(String html, String id) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("id=\"" + id + "\"[^>]*href=\"([^\"]+)\"").matcher(html);
    assertThat(m.find()).as("a link with id " + id).isTrue();
    return m.group(1).replace("&amp;", "&");
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
  @ValueSource(
      strings = {
        "after=0",
        "after=-1",
        "after=abc",
        "before=",
        "after=99999999999999999999",
        "after=1&before=2"
      })
  void aBadCursorIsABadRequest(String cursor) {
    Response response = Http.get("/s/demo-books/c/fiction?" + cursor);
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
