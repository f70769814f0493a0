package dev.penny.payments.machine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.penny.money.Money;
import dev.penny.payments.ledger.LedgerRefusedException;
import dev.penny.platform.json.Jsonp;
import dev.penny.platform.problem.ErrorCode;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * A payment proof read as the reference clients of x402 v2 and of the IETF "Payment" scheme write
 * it: from Penny's own 402 answer, echoed back with the client's additions.
 */
class PaymentProofTest {

  private static final String PAYMENT_ID = "pay_7d5d747be160e280504c099d";

  private static PaymentRequirement requirement(String title) {
    return new PaymentRequirement(
        "demo-books",
        "http://localhost:8080/s/demo-books/a/12",
        title,
        Money.parse("0.002", "USD"),
        "n_0123456789abcdef",
        Instant.parse("2026-12-02T12:05:00Z"));
  }

  @Test
  void theRequirementAdvertisesThePaymentIdentifierWithItsSchemaAndTheSignedResource() {
    JsonObject required = PaymentHeaders.x402(requirement("An article"), "This content is paid.");
    JsonObject extension = required.getJsonObject("extensions").getJsonObject("payment-identifier");
    assertThat(extension.getJsonObject("info").getBoolean("required")).isTrue();
    assertThat(extension.getJsonObject("schema").getJsonArray("required").getString(0))
        .isEqualTo("required");
    JsonObject accepted = required.getJsonArray("accepts").getJsonObject(0);
    assertThat(accepted.getJsonObject("extra").getString("resource"))
        .isEqualTo(required.getJsonObject("resource").getString("url"));
  }

  @Test
  void anIdAddedToTheEchoedExtensionIsThePaymentId() {
    JsonObject required = PaymentHeaders.x402(requirement("An article"), "paid");
    JsonObject echoed =
        echoWithId(required.getJsonObject("extensions").getJsonObject("payment-identifier"));
    PaymentProof proof = PaymentProof.fromX402(x402Payload(required, echoed, payload()));
    assertThat(proof.paymentId()).isEqualTo(PAYMENT_ID);
    assertThat(proof.nonce()).isEqualTo("n_0123456789abcdef");
    assertThat(proof.amount()).isEqualTo("2000");
  }

  @Test
  void anExtensionEchoedWithoutAnIdLeavesThePaymentIdToThePayload() {
    JsonObject required = PaymentHeaders.x402(requirement("An article"), "paid");
    JsonObject asAdvertised =
        required.getJsonObject("extensions").getJsonObject("payment-identifier");
    PaymentProof proof =
        PaymentProof.fromX402(
            x402Payload(required, asAdvertised, payload().add("paymentId", PAYMENT_ID)));
    assertThat(proof.paymentId()).isEqualTo(PAYMENT_ID);
  }

  @Test
  void aPaymentWithoutAnyPaymentIdIsRefused() {
    JsonObject required = PaymentHeaders.x402(requirement("An article"), "paid");
    JsonObject asAdvertised =
        required.getJsonObject("extensions").getJsonObject("payment-identifier");
    assertThatThrownBy(() -> PaymentProof.fromX402(x402Payload(required, asAdvertised, payload())))
        .isInstanceOfSatisfying(
            LedgerRefusedException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_PAYMENT);
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.getMessage()).contains("payment id");
            });
  }

  /** Any title a store may give an item (up to 200 characters, any script) is echoed back whole. */
  @Property(tries = 200)
  void theChallengeEchoedBackUnchangedIsRead(
      @ForAll @StringLength(min = 1, max = 200) String title) {
    PaymentRequirement r = requirement(title);
    String challenge = PaymentHeaders.ietfChallenge(r);
    JsonObjectBuilder echoed = Jsonp.JSON.createObjectBuilder();
    for (String name : new String[] {"id", "realm", "method", "intent", "expires", "request"}) {
      echoed.add(name, param(challenge, name));
    }
    PaymentProof proof = PaymentProof.fromCredential(credential(echoed.build()));
    assertThat(proof.nonce()).isEqualTo(r.nonce());
    assertThat(proof.amount()).isEqualTo(r.amount());
    assertThat(proof.asset()).isEqualTo("USD");
    assertThat(proof.network()).isEqualTo("penny:demo-books");
  }

  @Test
  void aCredentialForAnotherMethodIntentOrRealmIsRefused() {
    String challenge = PaymentHeaders.ietfChallenge(requirement("An article"));
    for (String[] other :
        new String[][] {{"method", "tempo"}, {"intent", "session"}, {"realm", "penny:other"}}) {
      JsonObjectBuilder params = Jsonp.JSON.createObjectBuilder();
      for (String name : new String[] {"id", "realm", "method", "intent", "request"}) {
        params.add(name, name.equals(other[0]) ? other[1] : param(challenge, name));
      }
      assertThatThrownBy(() -> PaymentProof.fromCredential(credential(params.build())))
          .as(other[0])
          .isInstanceOfSatisfying(
              LedgerRefusedException.class,
              e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.PAYMENT_SIGNATURE_INVALID));
    }
  }

  /** The echoed expiry is the one Penny's nonce (the challenge's id) was issued with. */
  @Test
  void aCredentialThatEchoesAnotherExpiryIsRefused() {
    Instant expires = Instant.parse("2026-12-02T12:05:00Z");
    PaymentRequirement r =
        new PaymentRequirement(
            "demo-books",
            "http://localhost:8080/s/demo-books/a/12",
            "An article",
            Money.parse("0.25", "USD"),
            expires.getEpochSecond() + "." + "0".repeat(32) + "." + "A".repeat(43),
            expires);
    String challenge = PaymentHeaders.ietfChallenge(r);
    assertThat(param(challenge, "expires")).isEqualTo("2026-12-02T12:05:00Z");
    for (String echoed : new String[] {"2026-12-02T12:05:00Z", "2026-12-02T12:05:00.000Z"}) {
      assertThat(PaymentProof.fromCredential(credential(echo(challenge, echoed))).nonce())
          .isEqualTo(r.nonce());
    }
    for (String other : new String[] {"2026-12-02T12:06:00Z", "tomorrow", "1796213100"}) {
      assertThatThrownBy(() -> PaymentProof.fromCredential(credential(echo(challenge, other))))
          .as(other)
          .isInstanceOfSatisfying(
              LedgerRefusedException.class,
              e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.PAYMENT_SIGNATURE_INVALID));
    }
  }

  /** The challenge's parameters echoed back, with {@code expires} as given. */
  private static JsonObject echo(String challenge, String expires) {
    JsonObjectBuilder params = Jsonp.JSON.createObjectBuilder();
    for (String name : new String[] {"id", "realm", "method", "intent", "request"}) {
      params.add(name, param(challenge, name));
    }
    return params.add("expires", expires).build();
  }

  private static JsonObjectBuilder payload() {
    return Jsonp.JSON
        .createObjectBuilder()
        .add("keyId", "spk_0123456789abcdef01234567")
        .add("signature", "c2lnbmF0dXJl");
  }

  /** What the reference clients do: echo the advertised extension, adding the chosen id. */
  private static JsonObject echoWithId(JsonObject advertised) {
    return Jsonp.JSON
        .createObjectBuilder(advertised)
        .add(
            "info",
            Jsonp.JSON.createObjectBuilder(advertised.getJsonObject("info")).add("id", PAYMENT_ID))
        .build();
  }

  /** x402's HTTP transport: a payload that cannot be read is a 400, never a charge attempt. */
  @Test
  void anUnreadableOrOtherVersionPayloadIsA400() {
    JsonObject required = PaymentHeaders.x402(requirement("An article"), "paid");
    JsonObject echoed =
        echoWithId(required.getJsonObject("extensions").getJsonObject("payment-identifier"));
    JsonObject good = decodeJson(x402Payload(required, echoed, payload()));
    java.util.List<String> unreadable =
        java.util.List.of(
            "%%%not-base64%%%",
            base64("hello"),
            base64("[1,2]"),
            base64("{}"),
            base64(Jsonp.JSON.createObjectBuilder(good).add("x402Version", 1).build().toString()),
            base64(Jsonp.JSON.createObjectBuilder(good).add("x402Version", "2").build().toString()),
            base64(Jsonp.JSON.createObjectBuilder(good).add("x402Version", 2.5).build().toString()),
            base64(Jsonp.JSON.createObjectBuilder(good).remove("x402Version").build().toString()),
            base64(Jsonp.JSON.createObjectBuilder(good).remove("accepted").build().toString()),
            // Numbers a JSON reader cannot hold, or would take long to turn into an integer, and
            // nesting past the bounds: refused before any tree is built.
            base64("{\"x402Version\":1e9999999999}"),
            base64("{\"x402Version\":1e999999}"),
            base64("{\"x402Version\":" + "1".repeat(1200) + "}"),
            base64("[".repeat(1000)),
            base64("{\"a\":" + "[".repeat(40) + "]".repeat(40) + "}"));
    for (String header : unreadable) {
      assertThatThrownBy(() -> PaymentProof.fromX402(header))
          .as(header)
          .isInstanceOfSatisfying(
              LedgerRefusedException.class,
              e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_PAYMENT));
    }
    assertThat(PaymentProof.fromX402(base64(good.toString())).paymentId()).isEqualTo(PAYMENT_ID);
  }

  @Test
  void anIetfCredentialWithAHostileNumberIsRefusedAsAPayment() {
    for (String credential :
        java.util.List.of(
            base64url("{\"challenge\":{\"id\":1e9999999999},\"payload\":{}}"),
            base64url("[".repeat(1000)))) {
      assertThatThrownBy(() -> PaymentProof.fromCredential(credential))
          .as(credential)
          .isInstanceOf(LedgerRefusedException.class);
    }
  }

  @Test
  void aPaymentIdThatIsNoneIsA400() {
    JsonObject required = PaymentHeaders.x402(requirement("An article"), "paid");
    JsonObject asAdvertised =
        required.getJsonObject("extensions").getJsonObject("payment-identifier");
    for (String id :
        java.util.List.of(
            "short",
            "x".repeat(129),
            "has space in it 1234",
            "ü".repeat(20),
            "pay.with.dots.1234",
            "pay:with:colons:1234")) {
      assertThatThrownBy(
              () ->
                  PaymentProof.fromX402(
                      x402Payload(required, asAdvertised, payload().add("paymentId", id))))
          .as(id)
          .isInstanceOfSatisfying(
              LedgerRefusedException.class,
              e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_PAYMENT));
    }
  }

  @Test
  void aPayloadThatAcceptedAnotherSchemeIsAFailedPayment() {
    JsonObject required = PaymentHeaders.x402(requirement("An article"), "paid");
    JsonObject echoed =
        echoWithId(required.getJsonObject("extensions").getJsonObject("payment-identifier"));
    JsonObject good = decodeJson(x402Payload(required, echoed, payload()));
    JsonObject upto =
        Jsonp.JSON
            .createObjectBuilder(good)
            .add(
                "accepted",
                Jsonp.JSON
                    .createObjectBuilder(good.getJsonObject("accepted"))
                    .add("scheme", "upto"))
            .build();
    assertThatThrownBy(() -> PaymentProof.fromX402(base64(upto.toString())))
        .isInstanceOfSatisfying(
            LedgerRefusedException.class,
            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.PAYMENT_SIGNATURE_INVALID));
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonObject decodeJson(String base64) {
    return Jsonp.JSON
        .createReader(
            new java.io.StringReader(
                new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8)))
        .readObject();
  }

  private static String x402Payload(
      JsonObject required, JsonObject extension, JsonObjectBuilder payload) {
    String json =
        Jsonp.JSON
            .createObjectBuilder()
            .add("x402Version", 2)
            .add("resource", required.getJsonObject("resource"))
            .add("accepted", required.getJsonArray("accepts").getJsonObject(0))
            .add("payload", payload)
            .add(
                "extensions", Jsonp.JSON.createObjectBuilder().add("payment-identifier", extension))
            .build()
            .toString();
    return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String credential(JsonObject challenge) {
    String json =
        Jsonp.JSON
            .createObjectBuilder()
            .add("challenge", challenge)
            .add("payload", payload().add("paymentId", PAYMENT_ID))
            .build()
            .toString();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  /** A quoted parameter of a {@code WWW-Authenticate: Payment} challenge. */
  private static String param(String challenge, String name) {
    int start = challenge.indexOf(name + "=\"");
    assertThat(start).as(name).isGreaterThanOrEqualTo(0);
    start += name.length() + 2;
    return challenge.substring(start, challenge.indexOf('"', start));
  }

  private static String base64url(String text) {
    return java.util.Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
