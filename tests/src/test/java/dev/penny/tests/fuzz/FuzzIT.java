package dev.penny.tests.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.tests.stack.Http;
import dev.penny.tests.stack.PennyStack;
import dev.penny.tests.stack.RawHttp;
import dev.penny.tests.stack.RawHttp.Reply;
import dev.penny.tests.stack.SignedInHttp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Walks every route (store pages by path and by host, the platform's endpoints, the tenant admin
 * signed in and not, the API) with malformed values, methods, bodies and headers, on loopback, a
 * bounded set of about two thousand requests. No answer may be a server error (5xx), take longer
 * than ten seconds, show a stack trace or name a class or the server, and every error on an API
 * path must be problem+json.
 */
class FuzzIT {

  private static final List<String> METHODS =
      List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "FOO");

  private static final List<String> QUERIES =
      List.of(
          "",
          "?q=%zz",
          "?q=%",
          "?q=%C0%AF",
          "?q=%E2%80%AEevil",
          "?q=%F0%9F%98%80",
          "?q=" + "a".repeat(5_000),
          "?id=-1&id=2",
          "?after=-1",
          "?after=abc&before=1",
          "?after=99999999999999999999",
          "?cursor=!!!&limit=-5",
          "?limit=1e9",
          "?return=http://evil.example/",
          "?state=forged&code=abc",
          "?state=&code=&error=x",
          "?return=//evil.example",
          "?jakarta.faces.ViewState=x",
          "?jakarta.faces.ViewState=-1:0&jakarta.faces.partial.ajax=true",
          "?status=archived&after=0",
          "?%=&&==&a[]=1",
          "?x=" + "%FF".repeat(50));

  private static final List<String> PATH_SUFFIXES =
      List.of("", "%zz", "%2e%2e/%2e%2e/WEB-INF/web.xml", ";jsessionid=1", "/x/../y", "%00");

  private static final List<byte[]> BODIES =
      List.of(
          new byte[0],
          bytes("[]"),
          bytes("null"),
          bytes("123"),
          bytes("{"),
          bytes("{\"name\":1,\"variants\":\"x\"}"),
          bytes("{\"name\":\"x\"} trailing"),
          bytes("[".repeat(5_000)),
          bytes("jakarta.faces.ViewState=garbage&a=b"),
          bytes("jakarta.faces.ViewState=stateless&a=b"),
          new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2},
          bytes("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno closing boundary"),
          bytes("x".repeat(1_500_000)));

  private static final List<String> CONTENT_TYPES =
      List.of(
          "application/json",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=x",
          "multipart/form-data",
          "text/plain",
          ";;;");

  private static final List<String> ACCEPTS =
      List.of("*/*", "text/html", "application/xml", ";;;garbage", "application/json;q=x");

  /** Signs of an internal error leaking: stack frames, class names, the server's name. */
  private static final Pattern LEAK =
      Pattern.compile(
          "Exception|\\tat |java\\.lang|org\\.hibernate|org\\.glassfish|fish\\.payara|Payara|"
              + "GlassFish|Grizzly|dev\\.penny\\.[a-z]+\\.[A-Za-z]");

  private static int port;
  private static String session;
  private static long productId;
  private static String cartCookie;

  @BeforeAll
  static void setUp() {
    port = PennyStack.get().port();
    session = SignedInHttp.sessionCookie("owner-books", "penny-demo");
    productId =
        Http.get("/api/v1/stores/demo-books/products?limit=1")
            .json()
            .getJsonArray("data")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    cartCookie =
        Http.send(
                "POST",
                "/s/demo-books/cart/add",
                java.util.Map.of("Content-Type", "application/x-www-form-urlencoded"),
                "variant="
                    + dev.penny.tests.stack.DemoVariants.id("demo-books", "BK-F100-HC")
                    + "&quantity=1")
            .allOf("Set-Cookie")
            .stream()
            .filter(c -> c.startsWith("penny_cart="))
            .map(c -> c.substring(0, c.indexOf(';')))
            .findFirst()
            .orElseThrow();
  }

  @Test
  void noRouteAnswersAServerErrorALeakOrAnErrorOfTheWrongKind() throws IOException {
    List<String> failures = new ArrayList<>();
    int requests = 0;
    for (Route route : routes()) {
      for (String method : METHODS) {
        requests += check(failures, route, method, "", new byte[0], "application/json", "*/*");
      }
      for (String suffix : PATH_SUFFIXES) {
        requests += check(failures, route.withSuffix(suffix), "GET", "", new byte[0], null, "*/*");
      }
      for (String query : QUERIES) {
        requests += check(failures, route, "GET", query, new byte[0], null, "*/*");
      }
      for (String accept : ACCEPTS) {
        requests += check(failures, route, "GET", "", new byte[0], null, accept);
      }
      for (String method : List.of("POST", "PUT")) {
        for (byte[] body : BODIES) {
          for (String type : CONTENT_TYPES) {
            requests += check(failures, route, method, "", body, type, "*/*");
          }
        }
      }
    }
    assertThat(requests).as("requests sent").isGreaterThan(1_500);
    assertThat(failures).isEmpty();
  }

  private record Route(String path, Optional<String> host, Optional<String> cookie) {
    Route withSuffix(String suffix) {
      return new Route(path + suffix, host, cookie);
    }

    boolean isApi() {
      return path.startsWith("/api/");
    }
  }

  private static List<Route> routes() {
    List<String> anonymous =
        List.of(
            "/",
            "/s/demo-books/",
            "/s/demo-books/c/fiction",
            "/s/demo-books/p/" + productId,
            "/s/demo-books/a/1",
            "/s/demo-books/search",
            "/s/demo-books/account",
            "/s/demo-books/media/1",
            "/s/demo-books/cart",
            "/s/demo-books/cart/add",
            "/s/demo-books/cart/update",
            "/s/demo-books/cart/remove",
            "/s/demo-books/cart/coupon",
            "/s/demo-books/cart/coupon-remove",
            "/s/demo-books/cart/shipping",
            "/s/demo-books/session",
            "/store-actions/cart/add",
            "/s/demo-books/checkout",
            "/s/demo-books/checkout/place",
            "/s/demo-books/checkout/cancel",
            "/s/demo-books/orders/1001",
            "/s/demo-books/orders/1001/pay",
            "/sandbox/mail",
            "/checkout/card",
            "/checkout/challenge",
            "/checkout/health",
            "/checkout/api/v1/payments",
            "/checkout/api/v1/payments/pay_1/refund",
            "/api/v1/stores/demo-books/orders",
            "/api/v1/stores/demo-books/orders/1001",
            "/api/v1/stores/demo-books/orders/1001/refund",
            "/s/no-such-store/",
            "/signin",
            "/signout",
            "/callback",
            "/openapi",
            "/health/ready",
            "/ops/ping",
            "/stores/new",
            "/admin",
            "/admin/demo-books/",
            "/api/v1/stores/demo-books/products",
            "/api/v1/stores/demo-books/products/" + productId,
            "/api/v1/stores/no-such/products",
            "/api/v1/application.wadl",
            "/metrics",
            "/s/demo-books/wallet",
            "/s/demo-books/micro/unlock",
            "/s/demo-books/micro/tip",
            "/s/demo-books/micro/top-up",
            "/s/demo-books/embed/1",
            "/s/demo-books/embed/1/state",
            "/s/demo-books/embed/1/connect",
            "/s/demo-books/embed/1/unlock",
            "/s/demo-books/embed/1/tip",
            "/api/v1/stores/demo-books/content/1",
            "/api/v1/stores/demo-books/wallet",
            "/api/v1/stores/demo-books/content/1/unlock",
            "/api/v1/stores/demo-books/tips",
            "/api/v1/stores/demo-books/metered",
            "/api/v1/stores/demo-books/micro-charges",
            "/api/v1/stores/demo-books/micro-charges/mp_1/void",
            "/api/v1/stores/demo-books/sandbox/clock",
            "/api/v1/stores/demo-books/sandbox/settlement-runs",
            "/api/v1/stores/demo-books/sandbox/settlement-runs/latest",
            "/api/v1/stores/demo-books/settlements",
            "/api/v1/stores/demo-books/settlements/stl_0123456789abcdef012345",
            "/api/v1/stores/demo-books/settlements/stl_0123456789abcdef012345/csv",
            "/api/v1/stores/demo-books/tab-charges",
            "/api/v1/stores/demo-books/micro-charges/mp_1/refunds",
            "/api/v1/stores/demo-books/webhook-endpoints",
            "/api/v1/stores/demo-books/webhook-endpoints/we_0123456789abcdef012345/test",
            "/api/v1/stores/demo-books/webhook-endpoints/we_0123456789abcdef012345/signature-check",
            "/s/demo-books/micro/pay-tab",
            "/admin/demo-books/settlements/stl_0123456789abcdef012345.csv");
    List<String> signedIn =
        List.of(
            "/admin/demo-books/",
            "/admin/demo-books/products",
            "/admin/demo-books/products/new",
            "/admin/demo-books/products/" + productId,
            "/admin/demo-books/content",
            "/admin/demo-books/content/new",
            "/admin/demo-books/categories",
            "/admin/demo-books/settings",
            "/admin/demo-books/staff",
            "/admin/demo-books/api-keys",
            "/admin/demo-coffee/products",
            "/admin/platform",
            "/stores/new",
            "/s/demo-books/account",
            "/s/demo-books/cart",
            "/s/demo-books/cart/add",
            "/s/demo-books/cart/update",
            "/s/demo-books/checkout",
            "/admin/demo-books/orders",
            "/admin/demo-books/orders/1001",
            "/admin/demo-books/coupons",
            "/admin/demo-books/micropayments",
            "/admin/demo-books/settlements",
            "/admin/demo-books/settlements/stl_0123456789abcdef012345.csv",
            "/admin/demo-books/webhooks",
            "/s/demo-books/wallet",
            "/s/demo-books/micro/pay-with",
            "/s/demo-books/micro/open-tab",
            "/s/demo-books/micro/pay-tab",
            "/s/demo-books/micro/key-revoke",
            "/s/demo-books/embed/1/connect",
            "/signout");
    List<Route> routes = new ArrayList<>();
    anonymous.forEach(p -> routes.add(new Route(p, Optional.empty(), Optional.empty())));
    signedIn.forEach(p -> routes.add(new Route(p, Optional.empty(), Optional.of(session))));
    for (String p :
        List.of(
            "/s/demo-books/cart",
            "/s/demo-books/cart/add",
            "/s/demo-books/cart/update",
            "/s/demo-books/checkout",
            "/s/demo-books/checkout/place")) {
      routes.add(new Route(p, Optional.empty(), Optional.of(cartCookie)));
    }
    for (String p : List.of("/checkout/card", "/checkout/challenge", "/checkout/api/v1/payments")) {
      routes.add(new Route(p, Optional.of("pay.localhost"), Optional.empty()));
    }
    for (String p :
        List.of("/", "/search", "/signin", "/openapi", "/health/ready", "/p/1", "/cart/add")) {
      routes.add(new Route(p, Optional.of("demo-books.localhost"), Optional.empty()));
    }
    return routes;
  }

  private static int check(
      List<String> failures,
      Route route,
      String method,
      String query,
      byte[] body,
      String contentType,
      String accept)
      throws IOException {
    String target = route.path() + query;
    StringBuilder head =
        new StringBuilder(method)
            .append(' ')
            .append(target)
            .append(" HTTP/1.1\r\nHost: ")
            .append(route.host().orElse("localhost") + ":" + port)
            .append("\r\nAccept: ")
            .append(accept);
    route.cookie().ifPresent(c -> head.append("\r\nCookie: ").append(c));
    if (contentType != null && body.length > 0) {
      head.append("\r\nContent-Type: ").append(contentType);
    }
    Reply reply = RawHttp.send(port, head.toString(), body);
    String what =
        method
            + " "
            + abbreviated(target)
            + " ("
            + route.host().orElse("")
            + ", "
            + (route.cookie().isPresent() ? "signed in" : "anonymous")
            + ", "
            + body.length
            + " bytes "
            + contentType
            + ", Accept "
            + accept
            + ")";
    if (reply.timedOut()) {
      failures.add("no answer within 10 s: " + what);
    } else if (reply.status() >= 500 || reply.status() < 100) {
      failures.add(reply.status() + " " + reply.reason() + ": " + what);
    } else if (reply.status() == 200
        && reply.body().isEmpty()
        && reply.header("content-type").isEmpty()
        && !method.equals("HEAD")
        && !method.equals("OPTIONS")) {
      failures.add("an empty 200 (an error swallowed): " + what);
    } else if (!isRefusedBeforePenny(reply) && reply.header("content-security-policy").isEmpty()) {
      failures.add(reply.status() + " without a Content-Security-Policy: " + what);
    } else if (LEAK.matcher(reply.body()).find()) {
      failures.add(
          "internals in the body of "
              + reply.status()
              + ": "
              + what
              + ": "
              + abbreviated(reply.body()));
    } else if (route.isApi()
        && reply.status() >= 400
        && !method.equals("HEAD")
        && !isRefusedBeforePenny(reply)
        && !reply.header("content-type").startsWith("application/problem+json")) {
      failures.add(
          "API error " + reply.status() + " as '" + reply.header("content-type") + "': " + what);
    }
    return 1;
  }

  /**
   * Grizzly's HTTP codec answers a request whose head it cannot parse (a header line without a
   * colon, a head over 64 KiB, a missing Host on HTTP/1.1, an unknown version) with a bare 400
   * before any path is known. Everything else that Payara's HTTP layer used to answer itself
   * (TRACE, broken escapes, NUL, empty Host) gets a body from Penny's request guard: only that bare
   * 400 may be bodiless on an API path.
   */
  private static boolean isRefusedBeforePenny(Reply reply) {
    return reply.body().isEmpty()
        && reply.header("content-type").isEmpty()
        && reply.status() == 400;
  }

  private static String abbreviated(String text) {
    return text.length() > 160 ? text.substring(0, 160) + "…" : text;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
