package dev.penny.tests.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.tests.stack.PennyStack;
import dev.penny.tests.stack.RawHttp;
import dev.penny.tests.stack.RawHttp.Reply;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Requests that Payara's HTTP layer used to answer itself, before any of Penny's code, with an
 * empty 200 (a broken percent-escape in the path, an empty Host), a 505 (an unknown HTTP version)
 * or a bare status: Penny's request guard (penny-http-guard, installed in the listener by the
 * launcher) answers them with a 4xx that says why, as problem+json on API paths. If a Payara
 * upgrade drops the guard, this test fails.
 */
class GuardedListenerIT {

  @ParameterizedTest(name = "{0} {1} (Host ''{2}'')")
  @CsvSource(
      delimiter = '|',
      value = {
        "GET   | /s/demo-books/%zz              | localhost | HTTP/1.1 | 400 | text/html",
        "GET   | /api/v1/stores/demo-books/%zz  | localhost | HTTP/1.1 | 400 | application/problem+json",
        "POST  | /api/v1/stores/demo-books/%g   | localhost | HTTP/1.1 | 400 | application/problem+json",
        "GET   | /s/demo-books/%00              | localhost | HTTP/1.1 | 400 | text/html",
        "GET   | /api/v1/stores/%2F             | localhost | HTTP/1.1 | 400 | application/problem+json",
        "GET   | /s/demo-books/%C3%28           | localhost | HTTP/1.1 | 400 | text/html",
        "GET   | /s/demo-books/                 | ''        | HTTP/1.1 | 400 | text/html",
        "GET   | /api/v1/stores/demo-books/products | ''    | HTTP/1.1 | 400 | application/problem+json",
        "GET   | /api/v1/stores/demo-books/products | 'a b' | HTTP/1.1 | 400 | application/problem+json",
        "TRACE | /api/v1/stores/demo-books/products | localhost | HTTP/1.1 | 405 | application/problem+json",
        "TRACE | /s/demo-books/                 | localhost | HTTP/1.1 | 405 | text/html",
        "CONNECT | localhost:443                | localhost | HTTP/1.1 | 405 | text/html",
        "GET   | /api/v1/stores/demo-books/%zz  | localhost | HTTP/2.0 | 400 | application/problem+json",
        "GET   | /api/v1/stores/demo-books/products/.. | localhost | HTTP/1.1 | 400 | application/problem+json",
        "GET   | /s/demo-books/%2e%2e/%2e%2e/WEB-INF/web.xml | localhost | HTTP/1.1 | 400 | text/html",
        "GET   | /s/demo-books/x/./y            | localhost | HTTP/1.1 | 400 | text/html",
        // Raw bytes in the query that are not UTF-8 (an empty 500 from the parameter parser).
        "GET   | /s/demo-books/search?q=\u00ff  | localhost | HTTP/1.1 | 400 | text/html",
        "GET   | /api/v1/stores/demo-books/products?x=\u00c3( | localhost | HTTP/1.1 | 400 | application/problem+json",
      })
  void aMalformedRequestGetsAClear4xxWithABody(
      String method, String path, String host, String version, int status, String type)
      throws IOException {
    Reply reply =
        RawHttp.send(
            PennyStack.get().port(),
            method + " " + path + " " + version + "\r\nHost: " + host,
            new byte[0]);

    assertThat(reply.status()).isEqualTo(status);
    assertThat(reply.timedOut()).as("answered and closed at once").isFalse();
    assertThat(reply.header("content-type")).startsWith(type);
    assertThat(reply.body())
        .contains(status == 405 ? method : "Bad request")
        .doesNotContain("Exception");
    assertThat(reply.header("x-content-type-options")).isEqualTo("nosniff");
    assertThat(reply.header("server")).isEmpty();
    if (type.startsWith("application/problem+json")) {
      assertThat(reply.body()).contains("\"status\":" + status, "\"code\":\"");
    }
  }

  /**
   * Addresses ending in {@code /..}, each longer than any before (Grizzly's own resolution of them
   * failed on an address longer than its worker had seen, answering an empty 200).
   */
  @org.junit.jupiter.api.Test
  void longAddressesEndingInADotSegmentAreRefusedEveryTime() throws IOException {
    for (int length = 2_000; length <= 6_000; length += 1_000) {
      Reply reply =
          RawHttp.send(
              PennyStack.get().port(),
              "GET /api/v1/stores/demo-books/"
                  + "z".repeat(length)
                  + "/.. HTTP/1.1\r\nHost: localhost",
              new byte[0]);
      assertThat(reply.status()).as("%d characters", length).isEqualTo(400);
      assertThat(reply.header("content-type")).startsWith("application/problem+json");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"HTTP/9.9", "HTTP/3.0", "HTTP/1.2"})
  void anUnknownHttpVersionIsTheClientsFaultNotAServerError(String version) throws IOException {
    Reply reply =
        RawHttp.send(
            PennyStack.get().port(),
            "GET /s/demo-books/ " + version + "\r\nHost: localhost",
            new byte[0]);

    assertThat(reply.status()).isEqualTo(400);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "/s/demo-books/",
    "/api/v1/stores/demo-books/products",
    "/s/demo-books/search?q=caf%C3%A9"
  })
  void wellFormedRequestsPassTheGuard(String path) throws IOException {
    Reply reply =
        RawHttp.send(
            PennyStack.get().port(), "GET " + path + " HTTP/1.1\r\nHost: localhost", new byte[0]);

    assertThat(reply.status()).isEqualTo(200);
  }

  /**
   * A request refused while its body is still coming (a PUT of 2 MB to a page) is answered, its
   * body read to the end and dropped, and only then is the connection closed: the client gets the
   * 405 rather than a broken pipe.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"PUT /s/demo-books/", "PATCH /health", "FOO /api/v1/stores/demo-books/products"})
  void aRefusedRequestsBodyIsReadBeforeTheConnectionEnds(String request) throws IOException {
    Reply reply =
        RawHttp.send(
            PennyStack.get().port(),
            request + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json",
            new byte[2_000_000]);

    assertThat(reply.status()).isEqualTo(405);
    assertThat(reply.timedOut()).isFalse();
  }

  /**
   * A header that is sent once, sent twice, is refused before anything reads it: the first
   * Idempotency-Key was taken and the second ignored (a retry under the second paid again), and a
   * valid key followed by garbage was served.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "POST /api/v1/stores/demo-books/metered | Idempotency-Key: first-key-0001 | Idempotency-Key: second-key-0002",
        "GET /api/v1/stores/demo-books/orders | Authorization: Bearer penny_a_b | authorization: Bearer x",
        "GET /api/v1/stores/demo-books/content/1 | PAYMENT-SIGNATURE: e30 | payment-signature: e30",
        "POST /api/v1/stores/demo-books/metered | Content-Type: application/json | Content-Type: text/plain",
      })
  void aHeaderSentOnceCannotBeSentTwice(String request, String first, String second)
      throws IOException {
    Reply reply =
        RawHttp.send(
            PennyStack.get().port(),
            request + " HTTP/1.1\r\nHost: localhost\r\n" + first + "\r\n" + second,
            "{\"meter\":\"x\",\"amount\":\"0.01\"}".getBytes());

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.header("content-type")).startsWith("application/problem+json");
    assertThat(reply.body()).contains("\"code\":\"malformed_request\"", "is repeated");
  }

  /** A form larger than the container parses is a 413 with a body (it was an empty 500). */
  @org.junit.jupiter.api.Test
  void aFormTooLargeToParseIsA413() throws IOException {
    byte[] body = ("variant=1&quantity=1&x=" + "y".repeat(2_100_000)).getBytes();

    Reply reply =
        RawHttp.send(
            PennyStack.get().port(),
            "POST /s/demo-books/cart/add HTTP/1.1\r\nHost: localhost"
                + "\r\nContent-Type: application/x-www-form-urlencoded",
            body);

    assertThat(reply.status()).isEqualTo(413);
    assertThat(reply.body()).contains("2 MiB");
  }

  /**
   * The container's own redirects (a directory without its slash, however written, in either war)
   * never carry an address built from the Host header the client chose, and carry the defences.
   */
  @ParameterizedTest(name = "{0} (Host ''{1}'')")
  @CsvSource({
    "/checkout;x, evil.example",
    "//checkout, evil.example",
    "/resources;x, evil.example",
    "/checkout/WEB-INF, evil.example",
    "/checkout/WEB-INF, pay.localhost",
    "/checkout;jsessionid=abc, demo-books.localhost",
    "http://evil.example/checkout/WEB-INF, pay.localhost",
    "http://evil.example/checkout, localhost"
  })
  void aContainersRedirectIsAPathWithTheDefences(String path, String host) throws IOException {
    Reply reply =
        RawHttp.send(
            PennyStack.get().port(), "GET " + path + " HTTP/1.1\r\nHost: " + host, new byte[0]);

    assertThat(reply.status()).isBetween(301, 302);
    assertThat(reply.header("location")).startsWith("/").doesNotStartWith("//");
    assertThat(reply.header("content-security-policy")).isNotEmpty();
    assertThat(reply.header("x-content-type-options")).isEqualTo("nosniff");
  }
}
