package dev.penny.tests.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.tests.stack.Http;
import dev.penny.tests.stack.PennyStack;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The browser defences on every kind of response (store page, cached store page, admin, API,
 * sign-in, error pages), the session cookie's SameSite, no product banner, and requests that used
 * to fail with a server error.
 */
class WebDefencesIT {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/s/demo-books/",
        "/s/demo-books/",
        "/s/demo-books/search?q=tea",
        "/admin/demo-books/",
        "/api/v1/stores/demo-books/products",
        "/api/v1/stores/no-such-store/products",
        "/signin?return=/s/demo-books/",
        "/s/no-such-store/",
        "/openapi",
        "/"
      })
  void everyResponseCarriesTheDefences(String path) {
    Http.Response response = Http.get(path);

    assertThat(response.header("Content-Security-Policy"))
        .contains("script-src 'self'")
        .contains("frame-ancestors 'none'")
        .doesNotContain("unsafe-eval");
    assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(response.header("Server"))
        .as("no product banner")
        .doesNotContainIgnoringCase("payara");
    assertThat(response.header("X-Powered-By")).isEmpty();
  }

  @Test
  void onlyTheButtonsFrameMayBeFramedByOtherSites() throws java.sql.SQLException {
    long article = dev.penny.tests.stack.X402Client.contentId("demo-books", "why-paper-still-wins");
    Http.Response frame = Http.get("/s/demo-books/embed/" + article);
    assertThat(frame.status()).isEqualTo(200);
    assertThat(frame.header("Content-Security-Policy"))
        .contains("frame-ancestors *")
        .contains("script-src 'self'");
    assertThat(frame.allOf("X-Frame-Options")).as("nothing contradicts frame-ancestors").isEmpty();

    for (String other :
        List.of(
            "/s/demo-books/embed/" + article + "/connect?site=https://blog.example",
            "/s/demo-books/embed/" + article + "/state",
            "/s/demo-books/a/" + article,
            "/checkout/health")) {
      Http.Response response = Http.get(other);
      assertThat(response.header("Content-Security-Policy"))
          .as(other)
          .doesNotContain("frame-ancestors *");
    }
  }

  @Test
  void aSignedInAdminPageCarriesTheDefencesAndIsNotCached() {
    Http.Response page =
        Http.getWithCookie(
            "/admin/demo-books/products",
            dev.penny.tests.stack.SignedInHttp.sessionCookie("owner-books", "penny-demo"));

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
    assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(page.header("Cache-Control")).contains("no-store");
  }

  @Test
  void theSignInFormRefusesFramingToo() throws Exception {
    var client =
        java.net.http.HttpClient.newBuilder()
            .followRedirects(java.net.http.HttpClient.Redirect.ALWAYS)
            .build();
    var form =
        client.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(
                        dev.penny.tests.stack.PennyStack.get().baseUrl()
                            + "/signin?return=/s/demo-books/"))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());

    assertThat(form.body()).contains("kc-form-login");
    assertThat(form.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("frame-ancestors 'none'");
    assertThat(form.headers().firstValue("X-Frame-Options").orElse("")).isEqualTo("DENY");
    assertThat(form.headers().firstValue("X-Content-Type-Options").orElse("")).isEqualTo("nosniff");
  }

  @Test
  void theSessionCookieIsSameSiteLaxAndHttpOnly() {
    Http.Response signIn = Http.getWithHost("localhost", "/signin?return=/s/demo-books/");

    assertThat(signIn.allOf("Set-Cookie"))
        .filteredOn(c -> c.startsWith("JSESSIONID="))
        .isNotEmpty()
        .allSatisfy(
            c ->
                assertThat(c)
                    .containsIgnoringCase("SameSite=Lax")
                    .containsIgnoringCase("HttpOnly"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "OPTIONS"})
  void storePagesAreOnlyRead(String method) {
    Http.Response response = Http.send(method, "/s/demo-books/", Map.of(), null);

    assertThat(response.status()).isEqualTo(405);
    assertThat(response.header("Allow")).isEqualTo("GET, HEAD");
  }

  /**
   * PUT, PATCH and DELETE are the API's: on any page they get one answer with a body (servlets
   * answered an empty 400, a 403, or the page itself), and a method nobody serves likewise.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "PUT /s/demo-books/",
        "PATCH /health",
        "PATCH /ops/ping",
        "DELETE /",
        "PUT /",
        "PATCH /signin",
        "PUT /resources/css/penny.css",
        "FOO /s/demo-books/",
        "PROPFIND /"
      })
  void aMethodNoPageServesIsA405WithABody(String request) {
    String[] parts = request.split(" ");

    Http.Response response = Http.send(parts[0], parts[1], Map.of(), null);

    assertThat(response.status()).isEqualTo(405);
    assertThat(response.header("Allow")).doesNotContain(parts[0]);
    assertThat(response.body()).contains("Method not allowed");
  }

  /**
   * A method a form action, a plain servlet or an API resource does not take is a 405 that says
   * which it does (RFC 9110 requires {@code Allow}), and OPTIONS never offers TRACE.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "GET /s/demo-books/cart/add|POST, OPTIONS",
        "POST /ops/ping|GET, HEAD, OPTIONS",
        "POST /health|GET, HEAD, OPTIONS",
        "POST /openapi|GET, HEAD, OPTIONS",
        "DELETE /api/v1/stores/demo-books/products|GET, HEAD, OPTIONS, POST",
        "PUT /api/v1/stores/demo-books/orders|GET, HEAD, OPTIONS",
        "OPTIONS /admin/demo-books/settings|GET, HEAD, POST",
      })
  void aRefusedMethodIsAnsweredWithWhatIsAllowed(String line) {
    String[] parts = line.split("[ |]", 3);

    Http.Response response = Http.send(parts[0], parts[1], Map.of(), null);
    Http.Response options = Http.send("OPTIONS", parts[1], Map.of(), null);

    assertThat(response.status()).isEqualTo(405);
    assertThat(sorted(response.header("Allow"))).isEqualTo(sorted(parts[2]));
    assertThat(options.header("Allow")).doesNotContain("TRACE");
  }

  private static java.util.List<String> sorted(String allow) {
    return allow == null
        ? java.util.List.of()
        : java.util.Arrays.stream(allow.split(",")).map(String::strip).sorted().toList();
  }

  /** A GET or DELETE with a body (some clients send "{}") is served as it would be without. */
  @Test
  void aBodyOnAGetOrADeleteIsReadPastNotRefused() {
    Http.Response get =
        Http.send(
            "GET",
            "/api/v1/stores/demo-books/products",
            Map.of("Content-Type", "application/json"),
            "{}");
    Http.Response delete =
        Http.send(
            "DELETE",
            "/api/v1/stores/demo-books/products/1",
            Map.of("Content-Type", "application/json"),
            "{}");

    assertThat(get.status()).isEqualTo(200);
    assertThat(get.json().getJsonArray("data")).isNotEmpty();
    assertThat(delete.status()).isEqualTo(401);
    assertThat(delete.contentType()).startsWith("application/problem+json");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/s/demo-books/?jakarta.faces.ViewState=x",
        "/s/demo-books/search?q=tea&jakarta.faces.ViewState=-1%3A0",
        "/s/demo-coffee/?jakarta.faces.partial.ajax=true&jakarta.faces.source=x",
        "/s/demo-books/account?jakarta.faces.ViewState=stateless"
      })
  void facesParametersOnAStorePageAreIgnored(String path) {
    Http.Response response = Http.get(path);

    assertThat(response.status()).isBetween(200, 399);
  }

  /** RFC 9110: an origin server with a clock sends Date (402 clients compare expiries to it). */
  @ParameterizedTest
  @ValueSource(
      strings = {"/", "/s/demo-books/", "/api/v1/stores/demo-books/products?limit=1", "/nowhere"})
  void everyAnswerCarriesTheDate(String path) {
    Http.Response response = Http.get(path);
    java.time.Instant date =
        java.time.ZonedDateTime.parse(
                response.header("Date"), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
            .toInstant();
    assertThat(java.time.Duration.between(date, java.time.Instant.now()).abs())
        .isLessThan(java.time.Duration.ofMinutes(2));
  }

  /** A Host header the client chose never becomes an address Penny sends anyone to. */
  @Test
  void aForeignHostNeverBecomesARedirectsAddress() {
    for (String host : List.of("evil.example", "localhost.evil.example", "127.0.0.1")) {
      for (String path : List.of("/admin/platform", "/stores/new", "/s/demo-books/wallet")) {
        Http.Response redirect = Http.getWithHost(host, path);
        assertThat(redirect.status()).as(host + path).isEqualTo(302);
        assertThat(redirect.header("Location"))
            .as(host + path)
            .startsWith("/signin?return=")
            .doesNotContain(host);
      }
      Http.Response signIn = Http.getWithHost(host, "/signin?return=/");
      assertThat(signIn.status()).as(host).isEqualTo(302);
      assertThat(signIn.header("Location"))
          .as("sign-in first moves to the configured address")
          .isEqualTo(PennyStack.get().baseUrl() + "/signin?return=%2F");
    }
  }

  /**
   * Sign-in builds Keycloak's return address from the Host: on a host Keycloak does not know (the
   * checkout zone's, an unknown store's, a store's written in capitals) it first moves to the
   * configured address or the store's host as Penny writes it (Keycloak refused it otherwise).
   */
  @Test
  void signInMovesFromAHostKeycloakDoesNotKnow() {
    int port = PennyStack.get().port();
    for (String host : List.of("pay.localhost", "nope.localhost")) {
      Http.Response signIn = Http.getWithHost(host, "/signin?return=/");
      assertThat(signIn.status()).as(host).isEqualTo(302);
      assertThat(signIn.header("Location"))
          .as(host)
          .isEqualTo(PennyStack.get().baseUrl() + "/signin?return=%2F");
    }
    Http.Response capitals = Http.getWithHost("DEMO-BOOKS.localhost", "/signin?return=/");
    assertThat(capitals.status()).isEqualTo(302);
    assertThat(capitals.header("Location"))
        .isEqualTo("http://demo-books.localhost:" + port + "/signin?return=%2F");
  }

  @Test
  void theAdminWithoutItsSlashIsNotAServerError() {
    assertThat(Http.get("/admin").status()).isEqualTo(404);
  }

  /**
   * The views behind the store and admin filters are reached only through them: not by their own
   * path, however it is written (percent-encoded letters, a doubled slash, capitals), signed in or
   * not. (Before, /%61dmin-views/platform.xhtml listed every store to anyone.)
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "/admin-views/platform.xhtml",
        "/%61dmin-views/platform.xhtml",
        "/%61dmin-views/settings.xhtml",
        "//admin-views/platform.xhtml",
        "/%73tore/wallet.xhtml",
        "/%73tore/home.xhtml",
        "/%73tore-actions/session",
        "/store-%61ctions/session",
        "/%57EB-INF/web.xml"
      })
  void internalViewsAreReachedOnlyThroughTheirFilters(String path) {
    String shopper = dev.penny.tests.stack.SignedInHttp.sessionCookie("shopper", "penny-demo");
    for (Http.Response response : List.of(Http.get(path), Http.getWithCookie(path, shopper))) {
      assertThat(response.status()).as(path).isIn(400, 404);
      assertThat(response.body()).as(path).doesNotContain("demo-coffee").doesNotContain("<web-app");
    }
  }

  /**
   * Faces answers "Faces-Request: partial/ajax" with XML: that answer is the asking client's alone,
   * and the page the next visitor gets from the shared cache is still the page.
   */
  @Test
  void aPartialRequestNeverBecomesTheCachedPage() {
    for (int i = 0; i < 2; i++) {
      Http.send("GET", "/s/demo-coffee/", Map.of("Faces-Request", "partial/ajax"), null);
    }
    Http.Response page = Http.get("/s/demo-coffee/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.body()).doesNotContain("<partial-response");
  }

  /** A page made for one visitor is kept by no cache; a shared store page may be. */
  @Test
  void personalPagesAreNeverStored() {
    String shopper = dev.penny.tests.stack.SignedInHttp.sessionCookie("shopper", "penny-demo");
    for (String path :
        List.of("/s/demo-books/cart", "/s/demo-books/account", "/s/demo-books/wallet")) {
      Http.Response page = Http.getWithCookie(path, shopper);
      assertThat(page.status()).as(path).isEqualTo(200);
      assertThat(page.header("Cache-Control")).as(path).contains("no-store");
    }
    assertThat(Http.get("/s/demo-books/").header("Cache-Control")).doesNotContain("no-store");
  }

  /** A copy of the sign-in cookie kept after signing out proves nothing, on any server. */
  @Test
  void aSignedOutCookieSignsNobodyIn() {
    String both = dev.penny.tests.stack.SignedInHttp.sessionCookie("shopper", "penny-demo");
    String signIn = both.substring(both.indexOf("penny_signin="));
    assertThat(Http.getWithCookie("/s/demo-books/account", signIn).status())
        .as("the cookie alone restores the sign-in (another server's session)")
        .isEqualTo(200);

    // Signed out as a browser does it, on the server it is on now: the session the cookie
    // restored there, and the sign-out form's token from that session.
    Http.Response session = Http.getWithCookie("/s/demo-books/session", signIn);
    String jsession =
        session.allOf("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .map(c -> c.substring(0, c.indexOf(';')))
            .findFirst()
            .orElseThrow();
    String token = session.json().getJsonObject("signOut").getString("csrf");
    Http.Response out =
        Http.send(
            "POST",
            "/signout",
            Map.of(
                "Cookie",
                jsession + "; " + signIn,
                "Content-Type",
                "application/x-www-form-urlencoded"),
            "csrf=" + token + "&return=/");
    assertThat(out.status()).isBetween(300, 399);

    Http.Response after = Http.getWithCookie("/s/demo-books/account", signIn);
    assertThat(after.status()).as("signed out everywhere").isEqualTo(302);
    assertThat(after.header("Location")).contains("signin");
  }

  /** A directory asked without its slash is sent on as a path, never to the Host it was asked. */
  @Test
  void aDirectoryWithoutItsSlashIsNeverSentToTheAskedHost() {
    for (String path : List.of("/checkout", "/resources", "/resources/js", "/checkout/resources")) {
      Http.Response moved = Http.getWithHost("evil.example", path);
      assertThat(moved.status()).as(path).isBetween(301, 308);
      assertThat(moved.header("Location")).as(path).isEqualTo(path + "/");
      assertThat(moved.header("Content-Security-Policy")).as(path).contains("frame-ancestors");
      assertThat(moved.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
    }
  }
}
