package dev.penny.httpguard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StoreHostCheckoutTest {

  private final StoreHostCheckout routes =
      new StoreHostCheckout("localhost", Optional.of("http://pay.localhost:8080"));

  @ParameterizedTest
  @CsvSource({
    "demo-books.localhost:8080, /checkout, /s/demo-books/checkout",
    "demo-books.localhost, /checkout/, /s/demo-books/checkout/",
    "Demo-Books.LOCALHOST:8080, /checkout/place, /s/demo-books/checkout/place",
    "demo-coffee.localhost:8080, /checkout/cancel, /s/demo-coffee/checkout/cancel",
    "demo-books.localhost:8080, /checkout/api/v1/payments, /s/demo-books/checkout/api/v1/payments"
  })
  void aStoreHostsCheckoutIsTheStoresOwn(String host, String path, String storePath) {
    assertThat(routes.route(host, path)).contains(storePath);
  }

  @ParameterizedTest
  @CsvSource({
    // The platform's host, the zone's, and hosts that are no store's keep the zone's paths.
    "localhost:8080, /checkout/card",
    "127.0.0.1:8080, /checkout/api/v1/payments",
    "pay.localhost:8080, /checkout/card",
    "PAY.localhost, /checkout/",
    "www.localhost:8080, /checkout",
    "demo-books.localhost.:8080, /checkout",
    "evil.example, /checkout",
    "a.b.localhost:8080, /checkout",
    "-x.localhost:8080, /checkout",
    "[::1]:8080, /checkout"
  })
  void otherHostsAreLeftAlone(String host, String path) {
    assertThat(routes.route(host, path)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/cart", "/checkouts", "/checkout-x", "/s/demo-books/checkout"})
  void otherPathsAreLeftAlone(String path) {
    assertThat(routes.route("demo-books.localhost:8080", path)).isEmpty();
  }

  @Test
  void anotherPlatformDomainIsReadAsTheStorefrontReadsIt() {
    StoreHostCheckout hosted =
        new StoreHostCheckout("shops.example.com", Optional.of("https://pay.example.com"));

    assertThat(hosted.route("books.shops.example.com", "/checkout")).contains("/s/books/checkout");
    assertThat(hosted.route("books.localhost", "/checkout")).isEmpty();
    assertThat(hosted.route("pay.example.com", "/checkout/card")).isEmpty();
  }

  @Test
  void withoutAZoneAddressEveryStoreHostIsStillAStore() {
    StoreHostCheckout noZone = new StoreHostCheckout("localhost", Optional.of("not a url"));

    assertThat(noZone.route("demo-books.localhost", "/checkout"))
        .contains("/s/demo-books/checkout");
  }

  @Test
  void theZonesAddressIsReadWhenItIsSetNotWhenTheServerBoots() {
    String before = System.getProperty("penny.checkout.url");
    try {
      System.setProperty("penny.checkout.url", "http://zone-a.localhost:8080");
      assertThat(StoreHostCheckout.fromSettings().route("zone-a.localhost", "/checkout")).isEmpty();

      System.setProperty("penny.checkout.url", "http://zone-b.localhost:8080");

      assertThat(StoreHostCheckout.fromSettings().route("zone-a.localhost", "/checkout"))
          .contains("/s/zone-a/checkout");
      assertThat(StoreHostCheckout.fromSettings().route("zone-b.localhost", "/checkout")).isEmpty();
    } finally {
      if (before == null) {
        System.clearProperty("penny.checkout.url");
      } else {
        System.setProperty("penny.checkout.url", before);
      }
    }
  }
}
