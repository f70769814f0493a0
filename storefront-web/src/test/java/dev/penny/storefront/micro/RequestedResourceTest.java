package dev.penny.storefront.micro;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestedResourceTest {

  @Test
  void anAddressAsAClientSendsItIsUsed() {
    assertThat(RequestedResource.usable("/s/books/a/12-a-title?ref=feed&x=%22")).isTrue();
    assertThat(RequestedResource.usable("/api/v1/stores/books/content/12")).isTrue();
  }

  @Test
  void anAddressAClientWouldHaveEncodedOrTooLongForTheHeadersIsNot() {
    assertThat(RequestedResource.usable("/s/books/a/12?q=a b")).isFalse();
    assertThat(RequestedResource.usable("/s/books/a/12?q=\"x\"")).isFalse();
    assertThat(RequestedResource.usable("/s/books/a/12?q=caf\u00e9")).isFalse();
    assertThat(RequestedResource.usable("/s/books/a/12?q=\n")).isFalse();
    assertThat(RequestedResource.usable("s/books/a/12")).isFalse();
    assertThat(RequestedResource.usable("")).isFalse();
    assertThat(RequestedResource.usable("/a?" + "x".repeat(RequestedResource.MAX_LENGTH)))
        .isFalse();
  }
}
