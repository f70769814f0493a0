package dev.penny.platform.json;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. {@code jakarta.json.Json.createObjectBuilder()} and its
 * siblings look the provider up through the ServiceLoader on every call, which cost ~40 ms per
 * product list inside Payara.
 */
public final class Jsonp {

  public static final JsonProvider JSON = JsonProvider.provider();

  private Jsonp() {}
}
