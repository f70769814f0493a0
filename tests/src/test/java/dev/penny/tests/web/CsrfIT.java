package dev.penny.tests.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.tests.stack.HtmlForms;
import dev.penny.tests.stack.HtmlForms.Form;
import dev.penny.tests.stack.Http;
import dev.penny.tests.stack.SignedInHttp;
import dev.penny.tests.stack.StackDatabase;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Forged posts change nothing. Every admin form carries Faces' view state, a random id of the view
 * in the signed-in session: posted without it, with a made-up one, or with one from another
 * session, a form changes no row (and says the page has expired); an editor's form posted to
 * another item's address is not found; sign-out without its token is refused. The same form with
 * its own view state does change the store, so the refusals are the token's doing.
 */
class CsrfIT {

  private static final String ADMIN = "/admin/demo-books";
  private static final List<String> TABLES =
      List.of(
          "tenant",
          "store_settings",
          "category",
          "product",
          "product_variant",
          "product_image",
          "content_item",
          "shipping_method",
          "api_key",
          "search_word");

  private static String owner;
  private static String otherSession;
  private static List<Long> productIds;

  @BeforeAll
  static void signIn() {
    owner = SignedInHttp.sessionCookie("owner-books", "penny-demo");
    otherSession = SignedInHttp.sessionCookie("owner-books", "penny-demo");
    var data = Http.get("/api/v1/stores/demo-books/products?limit=2").json().getJsonArray("data");
    productIds =
        List.of(
            data.getJsonObject(0).getJsonNumber("id").longValue(),
            data.getJsonObject(1).getJsonNumber("id").longValue());
  }

  @Test
  void everyAdminFormPostedWithAMissingForgedOrForeignViewStateChangesNothing()
      throws SQLException {
    List<String> pages =
        List.of(
            ADMIN + "/categories",
            ADMIN + "/products/new",
            ADMIN + "/products/" + productIds.get(0),
            ADMIN + "/content/new",
            ADMIN + "/settings",
            ADMIN + "/staff",
            ADMIN + "/api-keys",
            "/stores/new");
    int posts = 0;
    for (String page : pages) {
      List<Form> forms = forms(page, owner);
      assertThat(forms).as("forms of " + page).isNotEmpty();
      String foreign = forms(page, otherSession).get(0).fields().get(HtmlForms.VIEW_STATE);
      for (Form form : forms) {
        for (String viewState : new String[] {null, "-4242:4242", foreign}) {
          Map<String, Long> before = checksums();
          Http.Response answer = post(form.with(HtmlForms.VIEW_STATE, viewState), owner);
          assertThat(answer.status()).as(page + " " + form.id()).isLessThan(500);
          if (viewState != null) {
            assertThat(answer.status()).as("expired: " + page + " " + form.id()).isEqualTo(302);
            assertThat(answer.header("Location")).endsWith(page);
          }
          assertThat(checksums()).as("rows after " + page + " " + form.id()).isEqualTo(before);
          posts++;
        }
      }
    }
    assertThat(posts).isGreaterThan(20);
  }

  @Test
  void theSameFormWithItsOwnViewStateChangesTheStore() throws SQLException {
    String name = "Control post " + System.nanoTime();
    Form add =
        forms(ADMIN + "/settings", owner).stream()
            .filter(f -> f.id().equals("shipping-form"))
            .findFirst()
            .orElseThrow()
            .with("shipping-name", name)
            .with("shipping-price", "1.00");

    assertThat(post(add, owner).status()).isLessThan(400);
    assertThat(
            StackDatabase.number(
                "SELECT COUNT(*) FROM shipping_method WHERE name = '" + name + "'"))
        .isEqualTo(1);
  }

  /** A form posted from another site's page is refused at the gate, its view state aside. */
  @Test
  void anAdminFormPostedFromAnotherOriginIsForbiddenAndChangesNothing() throws SQLException {
    String name = "Cross-site post " + System.nanoTime();
    Form add =
        forms(ADMIN + "/settings", owner).stream()
            .filter(f -> f.id().equals("shipping-form"))
            .findFirst()
            .orElseThrow()
            .with("shipping-name", name)
            .with("shipping-price", "1.00");

    for (Map<String, String> from :
        List.of(
            Map.of("Origin", "https://evil.example"),
            Map.of("Sec-Fetch-Site", "cross-site", "Origin", "https://evil.example"))) {
      Map<String, String> headers = new java.util.HashMap<>(from);
      headers.put("Cookie", owner);
      headers.put("Content-Type", "application/x-www-form-urlencoded");
      Http.Response answer = Http.send("POST", add.action(), headers, add.encoded());
      assertThat(answer.status()).isEqualTo(403);
    }
    assertThat(
            StackDatabase.number(
                "SELECT COUNT(*) FROM shipping_method WHERE name = '" + name + "'"))
        .isZero();
  }

  @Test
  void anExpiredFormSaysSoOnTheFormAndPostingAgainWorks() {
    Form add = forms(ADMIN + "/categories", owner).get(0);
    Http.Response expired = post(add.with(HtmlForms.VIEW_STATE, "-1:1"), owner);
    // The message travels in Faces' flash, which a browser carries in a cookie.
    String flash =
        expired.allOf("Set-Cookie").stream()
            .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
            .reduce(owner, (a, b) -> a + "; " + b);

    Http.Response form = Http.getWithCookie(ADMIN + "/categories", flash);
    assertThat(expired.status()).isEqualTo(302);
    assertThat(form.body()).contains("This page has expired, please try again.");
  }

  @Test
  void anEditorsFormPostedToAnotherItemsAddressIsNotFound() throws SQLException {
    Form edit =
        forms(ADMIN + "/products/" + productIds.get(0), owner).stream()
            .filter(f -> f.fields().containsKey(HtmlForms.VIEW_STATE))
            .findFirst()
            .orElseThrow();
    Form elsewhere =
        new Form(
            edit.id(),
            edit.action()
                .replace("/products/" + productIds.get(0), "/products/" + productIds.get(1)),
            edit.fields());
    Map<String, Long> before = checksums();

    assertThat(elsewhere.action()).endsWith("/products/" + productIds.get(1));
    assertThat(post(elsewhere, owner).status()).isEqualTo(404);
    assertThat(checksums()).isEqualTo(before);
  }

  @Test
  void signOutWithoutItsTokenIsRefusedAndTheSessionStays() {
    Http.Response forged =
        Http.send(
            "POST",
            "/signout",
            Map.of("Cookie", owner, "Content-Type", "application/x-www-form-urlencoded"),
            "return=/s/demo-books/");

    assertThat(forged.status()).isEqualTo(403);
    Http.Response account = Http.getWithCookie("/s/demo-books/account", owner);
    assertThat(account.status()).isEqualTo(200);
    assertThat(account.body()).contains("owner-books");
  }

  private static List<Form> forms(String page, String cookie) {
    Http.Response response = Http.getWithCookie(page, cookie);
    assertThat(response.status())
        .as(page + " " + cookie + " -> " + response.header("Location"))
        .isEqualTo(200);
    return HtmlForms.postForms(response.body()).stream()
        .filter(f -> f.fields().containsKey(HtmlForms.VIEW_STATE))
        .toList();
  }

  private static Http.Response post(Form form, String cookie) {
    return Http.send(
        "POST",
        form.action(),
        Map.of("Cookie", cookie, "Content-Type", "application/x-www-form-urlencoded"),
        form.encoded());
  }

  private static Map<String, Long> checksums() throws SQLException {
    return StackDatabase.checksums(TABLES);
  }
}
