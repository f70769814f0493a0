package dev.penny.tests.stack;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a machine client does with Penny's HTTP 402, as the README describes it: read the x402
 * {@code PAYMENT-REQUIRED} header, sign the requirement with a spending key's secret (HMAC-SHA256
 * over the documented text), and send the x402 v2 {@code PAYMENT-SIGNATURE} payload.
 */
public final class X402Client {

  private X402Client() {}

  /** A base64 JSON header ({@code PAYMENT-REQUIRED}, {@code PAYMENT-RESPONSE}) as JSON. */
  public static JsonObject decode(String base64) {
    return Json.createReader(
            new StringReader(
                new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8)))
        .readObject();
  }

  /** The key id a secret names: {@code sks_<hex>_...} → {@code spk_<hex>}. */
  public static String keyId(String secret) {
    return secret.length() >= 28 ? "spk_" + secret.substring(4, 28) : "spk_unknown";
  }

  /**
   * The {@code PAYMENT-SIGNATURE} header for paying {@code sent} with a signature over {@code
   * signed} (the same requirement, unless a test forges one).
   */
  public static String paymentSignature(
      JsonObject required, JsonObject signed, JsonObject sent, String paymentId, String secret) {
    String text =
        signingText(
            required.getJsonObject("resource").getString("url"),
            signed.getString("network"),
            signed.getString("asset"),
            signed.getString("amount"),
            signed.getString("payTo"),
            signed.getJsonObject("extra").getString("nonce"),
            paymentId);
    String signature = sign(secret, text);
    String proof =
        Json.createObjectBuilder()
            .add("x402Version", 2)
            .add("accepted", sent)
            .add(
                "payload",
                Json.createObjectBuilder().add("keyId", keyId(secret)).add("signature", signature))
            .add("extensions", echoWithId(required.getJsonObject("extensions"), paymentId))
            .build()
            .toString();
    return Base64.getEncoder().encodeToString(proof.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The server's extensions echoed back as x402's reference clients do (the advertised {@code
   * payment-identifier}, its {@code info.required} and {@code schema} kept), with the id added.
   */
  private static JsonObject echoWithId(JsonObject extensions, String paymentId) {
    JsonObject advertised = extensions.getJsonObject("payment-identifier");
    return Json.createObjectBuilder(extensions)
        .add(
            "payment-identifier",
            Json.createObjectBuilder(advertised)
                .add(
                    "info",
                    Json.createObjectBuilder(advertised.getJsonObject("info"))
                        .add("id", paymentId)))
        .build();
  }

  /**
   * An {@code Authorization: Payment} credential (the IETF "Payment" scheme) answering a {@code
   * WWW-Authenticate: Payment} challenge: the challenge's parameters echoed, and a payload with the
   * key id, the payment id and the signature over the same text as x402's, read from the challenge
   * (the resource from {@code request.methodDetails.resource}).
   */
  public static String paymentCredential(String challenge, String paymentId, String secret) {
    java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("([a-z]+)=\"([^\"]*)\"").matcher(challenge);
    while (m.find()) {
      params.put(m.group(1), m.group(2));
    }
    JsonObject request =
        Json.createReader(
                new StringReader(
                    new String(
                        Base64.getUrlDecoder().decode(params.get("request")),
                        StandardCharsets.UTF_8)))
            .readObject();
    String text =
        signingText(
            request.getJsonObject("methodDetails").getString("resource"),
            request.getString("recipient"),
            request.getString("currency").toUpperCase(java.util.Locale.ROOT),
            request.getString("amount"),
            request.getString("recipient"),
            params.get("id"),
            paymentId);
    var echoed = Json.createObjectBuilder();
    params.forEach(echoed::add);
    String credential =
        Json.createObjectBuilder()
            .add("challenge", echoed)
            .add(
                "payload",
                Json.createObjectBuilder()
                    .add("keyId", keyId(secret))
                    .add("paymentId", paymentId)
                    .add("signature", sign(secret, text)))
            .build()
            .toString();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(credential.getBytes(StandardCharsets.UTF_8));
  }

  /** The text a payment signs, as the README gives it, one field per line. */
  private static String signingText(
      String resource,
      String network,
      String asset,
      String amount,
      String payTo,
      String nonce,
      String paymentId) {
    return String.join(
        "\n", "penny-402-v1", resource, network, asset, amount, payTo, nonce, paymentId);
  }

  private static String sign(String secret, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The id of a demo store's article, by its address name. */
  public static long contentId(String store, String slug) throws java.sql.SQLException {
    return StackDatabase.number(
        "SELECT c.id FROM content_item c JOIN tenant t ON t.id = c.tenant_id"
            + " WHERE t.slug = '"
            + store
            + "' AND c.slug = '"
            + slug
            + "'");
  }
}
