package dev.penny.payments.machine;

import dev.penny.money.Money;
import dev.penny.payments.purchase.Receipt;
import dev.penny.platform.json.Jsonp;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One payment requirement spoken in every 402 protocol at once, and a receipt likewise:
 *
 * <ul>
 *   <li>x402 v2: {@code PAYMENT-REQUIRED} (base64 JSON {@code PaymentRequired}) and {@code
 *       PAYMENT-RESPONSE} (base64 JSON settlement response);
 *   <li>the IETF "Payment" authentication scheme: {@code WWW-Authenticate: Payment id=...,
 *       method="penny", intent="charge", request=...} and {@code Payment-Receipt};
 *   <li>Cloudflare's pay per crawl: {@code crawler-price} and {@code crawler-charged}.
 * </ul>
 */
public final class PaymentHeaders {

  public static final String METHOD = "penny";

  /** The IETF scheme's intent: a one-time charge. */
  public static final String INTENT = "charge";

  private PaymentHeaders() {}

  /** The x402 {@code PaymentRequired} object (also put in the problem body). */
  public static JsonObject x402(PaymentRequirement r, String error) {
    return Jsonp.JSON
        .createObjectBuilder()
        .add("x402Version", 2)
        .add("error", error)
        .add(
            "resource",
            Jsonp.JSON
                .createObjectBuilder()
                .add("url", r.resource())
                .add("description", r.description())
                .add("mimeType", "application/json"))
        .add(
            "accepts",
            Jsonp.JSON
                .createArrayBuilder()
                .add(
                    Jsonp.JSON
                        .createObjectBuilder()
                        .add("scheme", PaymentRequirement.SCHEME)
                        .add("network", r.network())
                        .add("amount", r.amount())
                        .add("asset", r.asset())
                        .add("payTo", r.payTo())
                        .add("maxTimeoutSeconds", PaymentRequirement.MAX_TIMEOUT_SECONDS)
                        .add(
                            "extra",
                            Jsonp.JSON
                                .createObjectBuilder()
                                .add("name", "Penny")
                                .add("unit", "micro")
                                .add("decimals", 6)
                                .add("price", r.price().toPlainString())
                                .add("nonce", r.nonce())
                                // Signed over with the rest; here so that a client's payment
                                // plug-in, which sees one entry of accepts only, can sign.
                                .add("resource", r.resource())
                                .add("signature", "hmac-sha256"))))
        .add(
            "extensions",
            Jsonp.JSON
                .createObjectBuilder()
                .add(
                    "payment-identifier",
                    Jsonp.JSON
                        .createObjectBuilder()
                        .add("info", Jsonp.JSON.createObjectBuilder().add("required", true))
                        .add("schema", PAYMENT_IDENTIFIER_SCHEMA)))
        .build();
  }

  /**
   * The JSON Schema of the {@code payment-identifier} extension's {@code info}, as x402 v2 defines
   * it (a client echoes it with the {@code id} it chose).
   */
  private static final JsonObject PAYMENT_IDENTIFIER_SCHEMA =
      Jsonp.JSON
          .createObjectBuilder()
          .add("$schema", "https://json-schema.org/draft/2020-12/schema")
          .add("type", "object")
          .add(
              "properties",
              Jsonp.JSON
                  .createObjectBuilder()
                  .add("required", Jsonp.JSON.createObjectBuilder().add("type", "boolean"))
                  .add(
                      "id",
                      Jsonp.JSON
                          .createObjectBuilder()
                          .add("type", "string")
                          .add("minLength", 16)
                          .add("maxLength", 128)
                          .add("pattern", "^[a-zA-Z0-9_-]+$")))
          .add("required", Jsonp.JSON.createArrayBuilder().add("required"))
          .build();

  /** The headers of a 402 answer; {@code required} is {@link #x402} of the same requirement. */
  public static Map<String, String> challenge(PaymentRequirement r, JsonObject required) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("PAYMENT-REQUIRED", base64(required.toString()));
    headers.put("WWW-Authenticate", ietfChallenge(r));
    headers.put("crawler-price", crawlerAmount(r.price()));
    headers.put("Cache-Control", "no-store");
    return headers;
  }

  /**
   * {@code Payment id="<nonce>", realm, method="penny", intent="charge", expires, request}: the
   * request is the base64url (unpadded) JCS JSON of amount (micro-units), currency, description,
   * methodDetails (Penny's: the resource's address, which the signature covers) and recipient.
   */
  static String ietfChallenge(PaymentRequirement r) {
    // Keys in lexicographic order and no whitespace: the JSON is already in JCS form.
    String request =
        Jsonp.JSON
            .createObjectBuilder()
            .add("amount", r.amount())
            .add("currency", r.asset().toLowerCase(Locale.ROOT))
            .add("description", r.description())
            .add("methodDetails", Jsonp.JSON.createObjectBuilder().add("resource", r.resource()))
            .add("recipient", r.payTo())
            .build()
            .toString();
    return "Payment id=\""
        + r.nonce()
        + "\", realm=\""
        + r.network()
        + "\", method=\""
        + METHOD
        + "\", intent=\""
        + INTENT
        + "\", expires=\""
        + DateTimeFormatter.ISO_INSTANT.format(r.expiresAt())
        + "\", request=\""
        + base64Url(request)
        + "\"";
  }

  /**
   * x402's {@code PAYMENT-RESPONSE} of a payment that failed (sent with the 402 and its fresh
   * requirement, as x402's HTTP transport shows a failed settlement): {@code success: false} and
   * the problem's code as {@code errorReason}.
   */
  public static String x402Failure(String errorReason, PaymentRequirement.Network network) {
    return base64(
        Jsonp.JSON
            .createObjectBuilder()
            .add("success", false)
            .add("errorReason", errorReason)
            .add("transaction", "")
            .add("network", network.name())
            .add("payer", "")
            .build()
            .toString());
  }

  /** The headers of a 200 answer that took a payment. */
  public static Map<String, String> receipt(
      Receipt receipt, PaymentRequirement.Network network, String payer, boolean crawler) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(
        "PAYMENT-RESPONSE",
        base64(
            Jsonp.JSON
                .createObjectBuilder()
                .add("success", true)
                .add("transaction", receipt.publicId())
                .add("network", network.name())
                .add("payer", payer)
                .add("amount", Long.toString(receipt.amount().micros()))
                .add("asset", receipt.amount().currency().getCurrencyCode())
                .build()
                .toString()));
    headers.put(
        "Payment-Receipt",
        base64Url(
            Jsonp.JSON
                .createObjectBuilder()
                .add("method", METHOD)
                .add("reference", receipt.publicId())
                .add("status", "success")
                .add("timestamp", DateTimeFormatter.ISO_INSTANT.format(receipt.at()))
                .build()
                .toString()));
    if (crawler && !receipt.replayed()) {
      // Only the answer that charged says so: a crawler adding up crawler-charged books each
      // charge once, however many of its requests raced for it.
      headers.put("crawler-charged", crawlerAmount(receipt.amount()));
    }
    return headers;
  }

  /** {@code USD 0.25}: Cloudflare's form of an amount. */
  public static String crawlerAmount(Money amount) {
    return amount.currency().getCurrencyCode() + " " + amount.toPlainString();
  }

  static String base64(String json) {
    return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  static String base64Url(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
