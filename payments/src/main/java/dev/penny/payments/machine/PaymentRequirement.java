package dev.penny.payments.machine;

import dev.penny.money.Money;
import java.time.Instant;

/**
 * What a client must pay for a resource: the store (network {@code penny:<slug>}), the resource's
 * address, the price (amount in micro-units of the ISO 4217 asset), a single-use nonce and when it
 * expires.
 */
public record PaymentRequirement(
    String storeSlug,
    String resource,
    String description,
    Money price,
    String nonce,
    Instant expiresAt) {

  public static final String SCHEME = "exact";

  /** A store on Penny as a payment network: {@code penny:<slug>}. */
  public record Network(String name) {
    public static Network of(String storeSlug) {
      return new Network("penny:" + storeSlug);
    }
  }

  public static final int MAX_TIMEOUT_SECONDS = 300;

  public String network() {
    return "penny:" + storeSlug;
  }

  /** The amount in the atomic unit: micro-units (10^-6) of the currency, as a decimal string. */
  public String amount() {
    return Long.toString(price.micros());
  }

  public String asset() {
    return price.currency().getCurrencyCode();
  }

  /** The account that is paid: the store on Penny. */
  public String payTo() {
    return network();
  }

  /**
   * The text a client signs (HMAC-SHA256 with its spending key's secret), one field per line: the
   * scheme's name, resource, network, asset, amount, payTo, nonce and the client's payment id.
   */
  public String signingInput(String paymentId) {
    return String.join(
        "\n", "penny-402-v1", resource, network(), asset(), amount(), payTo(), nonce, paymentId);
  }
}
