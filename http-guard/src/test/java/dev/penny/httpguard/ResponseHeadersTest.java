package dev.penny.httpguard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResponseHeadersTest {

  @ParameterizedTest
  @CsvSource({
    "http://evil.example/checkout/, evil.example, /checkout/",
    "http://evil.example:80/checkout/, evil.example, /checkout/",
    "HTTP://evil.example/a?b=c, evil.example, /a?b=c",
    "https://shop.example/x, shop.example:443, /x",
    "http://localhost:8080, localhost:8080, /",
    "http://evil.example//other.example/x, evil.example, /other.example/x"
  })
  void aRedirectToTheClientsOwnHostIsSentAsAPath(String location, String host, String path) {
    assertThat(ResponseHeaders.pathOf(location, host)).contains(path);
  }

  @ParameterizedTest
  @CsvSource({
    "http://localhost:8180/realms/penny, localhost:8080",
    "http://pay.localhost:8080/checkout/card, demo-books.localhost:8080",
    "http://localhost:8080/signin, 127.0.0.1:8080",
    "/checkout/, evil.example",
    "https://evil.example/x, evil.example:8443",
    "http://demo-books.localhost:8080/signin, DEMO-BOOKS.localhost:8080"
  })
  void anyOtherAddressStays(String location, String host) {
    assertThat(ResponseHeaders.pathOf(location, host)).isEmpty();
  }
}
