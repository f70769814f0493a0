package dev.penny.payments.machine;

import dev.penny.payments.ledger.LedgerRefusedException;
import dev.penny.platform.json.StrictJson;
import dev.penny.platform.problem.ErrorCode;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * A client's proof of payment, read from an x402 v2 {@code PAYMENT-SIGNATURE} header or an {@code
 * Authorization: Payment} credential (both base64 JSON): the requirements it accepted, the spending
 * key it pays with, its payment id (the idempotency key) and its signature.
 */
public record PaymentProof(
    String keyId,
    String nonce,
    String paymentId,
    String signature,
    String network,
    String asset,
    String amount,
    String payTo) {

  /** Proofs larger than this are not read. */
  static final int MAX_LENGTH = 8_192;

  /**
   * Reads an x402 v2 payment payload: {@code accepted} (the requirements, with {@code
   * extra.nonce}), {@code payload} ({@code keyId}, {@code signature}) and the payment id from the
   * {@code payment-identifier} extension (or {@code payload.paymentId}). A payload that cannot be
   * read (not base64 JSON, no {@code x402Version: 2}, a field missing, no payment id) is a 400
   * {@code invalid_payment}, as x402's HTTP transport and its payment-identifier extension say; an
   * {@code accepted} that is not a requirement Penny offers is a failed payment (402).
   */
  public static PaymentProof fromX402(String header) {
    JsonObject accepted;
    PaymentProof proof;
    try {
      JsonObject json = decode(header);
      JsonValue version = json.get("x402Version");
      if (!(version instanceof jakarta.json.JsonNumber number)
          || !number.isIntegral()
          || number.longValue() != X402_VERSION) {
        throw invalid("The payment's x402Version is not the number " + X402_VERSION + ".");
      }
      accepted = object(json, "accepted");
      string(accepted, "scheme");
      proof = readX402(json, accepted);
    } catch (LedgerRefusedException e) {
      throw new LedgerRefusedException(ErrorCode.INVALID_PAYMENT, e.getMessage());
    }
    if (!accepted.getString("scheme").equals(PaymentRequirement.SCHEME)) {
      throw invalid("The payment accepted the scheme of no requirement of Penny's.");
    }
    return proof;
  }

  /** The x402 version Penny speaks. */
  static final int X402_VERSION = 2;

  private static PaymentProof readX402(JsonObject json, JsonObject accepted) {
    JsonObject payload = object(json, "payload");
    JsonObject extra = object(accepted, "extra");
    // Clients echo the extension as advertised (info.required, schema) and add info.id to it; a
    // client that echoes it without an id may carry the id as payload.paymentId instead.
    Optional<String> paymentId =
        Optional.ofNullable(json.get("extensions"))
            .filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
            .map(v -> v.asJsonObject().get("payment-identifier"))
            .filter(v -> v != null && v.getValueType() == JsonValue.ValueType.OBJECT)
            .map(v -> v.asJsonObject().get("info"))
            .filter(v -> v != null && v.getValueType() == JsonValue.ValueType.OBJECT)
            .map(JsonValue::asJsonObject)
            .filter(info -> info.containsKey("id"))
            .map(info -> string(info, "id"));
    if (paymentId.isEmpty() && !payload.containsKey("paymentId")) {
      throw invalid(
          "The payment lacks its payment id (extensions.payment-identifier.info.id, 16 to 128"
              + " characters).");
    }
    String id = paymentId.orElseGet(() -> string(payload, "paymentId"));
    if (!id.matches(MachinePayments.PAYMENT_ID)) {
      // x402's payment-identifier extension: an id that is not one is a malformed request.
      throw invalid("A payment id is 16 to 128 letters, digits, hyphens or underscores");
    }
    return new PaymentProof(
        string(payload, "keyId"),
        string(extra, "nonce"),
        id,
        string(payload, "signature"),
        string(accepted, "network"),
        string(accepted, "asset"),
        string(accepted, "amount"),
        string(accepted, "payTo"));
  }

  /**
   * Reads an {@code Authorization: Payment} credential (the IETF "Payment" scheme): {@code
   * challenge} echoes the challenge (its {@code id} is Penny's nonce, its {@code request} the
   * base64url JSON of amount, currency and recipient) and {@code payload} carries {@code keyId},
   * {@code paymentId} and {@code signature}.
   */
  public static PaymentProof fromCredential(String credential) {
    JsonObject json = decode(credential);
    JsonObject challenge = object(json, "challenge");
    JsonObject payload = object(json, "payload");
    // The echoed request is the challenge's own (its description is the item's title, up to 200
    // characters of any script): as long as the header may be, not a field's usual limit.
    JsonObject request = decode(string(challenge, "request", MAX_LENGTH));
    requireEcho(challenge, "method", PaymentHeaders.METHOD);
    requireEcho(challenge, "intent", PaymentHeaders.INTENT);
    String recipient = string(request, "recipient");
    requireEcho(challenge, "realm", recipient);
    String id = string(challenge, "id");
    requireExpiryOf(challenge, id);
    return new PaymentProof(
        string(payload, "keyId"),
        id,
        string(payload, "paymentId"),
        string(payload, "signature"),
        recipient,
        string(request, "currency").toUpperCase(java.util.Locale.ROOT),
        string(request, "amount"),
        recipient);
  }

  private static JsonObject decode(String encoded) {
    if (encoded == null || encoded.isBlank() || encoded.length() > MAX_LENGTH) {
      throw invalid("The payment header is empty or too long.");
    }
    byte[] bytes;
    try {
      String text = encoded.strip();
      bytes =
          text.indexOf('-') >= 0 || text.indexOf('_') >= 0
              ? Base64.getUrlDecoder().decode(text)
              : Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw invalid("The payment header is not base64.");
    }
    try {
      return StrictJson.object(bytes);
    } catch (StrictJson.NotAccepted e) {
      throw invalid(
          "The payment header is not a JSON object as Penny reads them: " + e.getMessage());
    }
  }

  private static JsonObject object(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw invalid("The payment lacks '" + name + "'.");
    }
    return value.asJsonObject();
  }

  /** An echoed challenge parameter, when echoed, must be Penny's own. */
  private static void requireEcho(JsonObject challenge, String name, String expected) {
    if (challenge.containsKey(name) && !expected.equals(string(challenge, name))) {
      throw invalid("The credential answers another challenge (" + name + ").");
    }
  }

  /** Penny's nonce (the challenge's id) begins with its expiry, in seconds since the epoch. */
  private static final java.util.regex.Pattern NONCE_EXPIRY =
      java.util.regex.Pattern.compile("([0-9]{10})\\..+");

  /**
   * An echoed {@code expires}, when echoed, must be the one the challenge's id was issued with (the
   * id is bound to it; an id that is no nonce of Penny's is refused when the nonce is checked).
   */
  private static void requireExpiryOf(JsonObject challenge, String id) {
    java.util.regex.Matcher nonce = NONCE_EXPIRY.matcher(id);
    if (!challenge.containsKey("expires") || !nonce.matches()) {
      return;
    }
    Instant issued = Instant.ofEpochSecond(Long.parseLong(nonce.group(1)));
    try {
      if (Instant.parse(string(challenge, "expires")).getEpochSecond() == issued.getEpochSecond()) {
        return;
      }
    } catch (java.time.format.DateTimeParseException e) {
      // refused below
    }
    throw invalid("The credential answers another challenge (expires).");
  }

  private static String string(JsonObject json, String name) {
    return string(json, name, 400);
  }

  private static String string(JsonObject json, String name, int maxLength) {
    JsonValue value = json.get(name);
    if (value == null || value.getValueType() != JsonValue.ValueType.STRING) {
      throw invalid("The payment lacks the text '" + name + "'.");
    }
    String text = json.getString(name);
    if (text.isEmpty() || text.length() > maxLength) {
      throw invalid("The payment's '" + name + "' is empty or too long.");
    }
    return text;
  }

  private static LedgerRefusedException invalid(String message) {
    return new LedgerRefusedException(ErrorCode.PAYMENT_SIGNATURE_INVALID, message);
  }
}
