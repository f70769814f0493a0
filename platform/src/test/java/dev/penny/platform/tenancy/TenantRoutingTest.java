package dev.penny.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantRoutingTest {

  private final TenantRouting routing = new TenantRouting("localhost");

  private TenantRoute store(String host, String path) {
    TenantRouting.Result result = routing.route(host, path);
    assertThat(result).isInstanceOf(TenantRouting.Result.Store.class);
    return ((TenantRouting.Result.Store) result).route();
  }

  @Test
  void readsTheStoreFromThePath() {
    TenantRoute route = store("localhost:8080", "/s/demo-books/p/12");
    assertThat(route.slug()).isEqualTo("demo-books");
    assertThat(route.pathInStore()).isEqualTo("/p/12");
    assertThat(route.basePath()).isEqualTo("/s/demo-books");
  }

  @Test
  void theStoreRootIsItsHomePage() {
    assertThat(store("localhost", "/s/demo-books").pathInStore()).isEqualTo("/");
    assertThat(store("localhost", "/s/demo-books/").pathInStore()).isEqualTo("/");
  }

  @Test
  void readsTheStoreFromTheHost() {
    TenantRoute route = store("demo-coffee.localhost:8080", "/c/beans");
    assertThat(route.slug()).isEqualTo("demo-coffee");
    assertThat(route.pathInStore()).isEqualTo("/c/beans");
    assertThat(route.basePath()).isEmpty();
  }

  @Test
  void hostNamesAreCaseInsensitive() {
    assertThat(store("Demo-Coffee.LOCALHOST", "/").slug()).isEqualTo("demo-coffee");
  }

  @Test
  void readsTheStoreFromTheApiPath() {
    TenantRoute route = store("localhost", "/api/v1/stores/demo-books/products/3");
    assertThat(route.slug()).isEqualTo("demo-books");
    assertThat(route.pathInStore()).isEqualTo("/api/v1/stores/demo-books/products/3");
    assertThat(route.onStoreHost()).as("the platform's host").isFalse();
    assertThat(store("demo-books.localhost", "/api/v1/stores/demo-books/products/3").onStoreHost())
        .isTrue();
  }

  @Test
  void aStoreIsOnItsOwnHostOnlyWhenTheRequestCameThere() {
    assertThat(store("demo-books.localhost", "/p/1").onStoreHost()).isTrue();
    assertThat(store("localhost", "/s/demo-books/p/1").onStoreHost()).isFalse();
  }

  @Test
  void aHostAndAPathThatNameTheSameStoreAgree() {
    TenantRoute route = store("demo-books.localhost", "/s/demo-books/checkout/place");

    assertThat(route.slug()).isEqualTo("demo-books");
    assertThat(route.pathInStore()).isEqualTo("/checkout/place");
    // On its own host a store links as the host does: /cart, not /s/demo-books/cart.
    assertThat(route.basePath()).isEmpty();
    assertThat(route.onStoreHost()).isTrue();
    assertThat(store("localhost", "/s/demo-books/checkout").basePath()).isEqualTo("/s/demo-books");
  }

  @Test
  void aHostAndAPathThatNameDifferentStoresAreRefused() {
    assertThat(routing.route("demo-books.localhost", "/s/demo-coffee/p/1"))
        .isInstanceOf(TenantRouting.Result.Invalid.class);
    assertThat(routing.route("demo-books.localhost", "/api/v1/stores/demo-coffee/products"))
        .isInstanceOf(TenantRouting.Result.Invalid.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/s/",
        "/s",
        "/s/Demo-Books/",
        "/s/de/",
        "/s/demo_books/",
        "/s/-demo/",
        "/s/demo--books/",
        "/s/demo-books-/",
        "/s/1books/",
        "/s/%2e%2e/",
        "/s/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/",
        "/api/v1/stores/DEMO/products"
      })
  void malformedStoreSlugsAreRefusedWithoutALookup(String path) {
    assertThat(routing.route("localhost", path)).isInstanceOf(TenantRouting.Result.Invalid.class);
  }

  @Test
  void aMalformedSubdomainIsRefused() {
    assertThat(routing.route("no_such.localhost", "/"))
        .isInstanceOf(TenantRouting.Result.Invalid.class);
  }

  @Test
  void thePlatformItselfIsNoStore() {
    assertThat(routing.route("localhost:8080", "/health/ready"))
        .isInstanceOf(TenantRouting.Result.Platform.class);
    assertThat(routing.route("www.localhost", "/"))
        .isInstanceOf(TenantRouting.Result.Platform.class);
    assertThat(routing.route("127.0.0.1:8080", "/"))
        .isInstanceOf(TenantRouting.Result.Platform.class);
    assertThat(routing.route(null, "/openapi")).isInstanceOf(TenantRouting.Result.Platform.class);
    assertThat(routing.route("[::1]:8080", "/")).isInstanceOf(TenantRouting.Result.Platform.class);
    assertThat(routing.route("example.com", "/")).isInstanceOf(TenantRouting.Result.Platform.class);
  }

  @Test
  void anotherPlatformDomainServesItsOwnSubdomains() {
    TenantRouting hosted = new TenantRouting("penny.example");
    TenantRouting.Result result = hosted.route("demo-books.penny.example", "/");
    assertThat(result).isInstanceOf(TenantRouting.Result.Store.class);
    assertThat(hosted.route("demo-books.localhost", "/"))
        .isInstanceOf(TenantRouting.Result.Platform.class);
  }
}
