package dev.penny.checkout.api;

import dev.penny.checkout.acquirer.SandboxAcquirer;
import dev.penny.checkout.acquirer.SandboxCards;
import dev.penny.checkout.acquirer.SandboxTransaction;
import dev.penny.checkout.payment.NewPayment;
import dev.penny.checkout.payment.Payment;
import dev.penny.checkout.payment.PaymentService;
import dev.penny.checkout.vault.Card;
import dev.penny.checkout.vault.CardExpiry;
import dev.penny.checkout.vault.CardNumber;
import dev.penny.checkout.vault.Vault;
import dev.penny.money.Money;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The API's resources (see the package). Amounts are decimal strings with their currency. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentsResource {

  /** Looked up once: {@code Json.create...} asks the ServiceLoader on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  @Inject PaymentService payments;
  @Inject Vault vault;
  @Inject SandboxAcquirer sandboxAcquirer;

  @Inject
  @ConfigProperty(name = "penny.sandbox", defaultValue = "false")
  boolean sandbox;

  @Inject
  @ConfigProperty(name = "penny.checkout.url", defaultValue = "http://pay.localhost:8080")
  String zoneUrl;

  @POST
  @Path("payments")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(String body) {
    JsonObject json = parse(body);
    NewPayment request =
        new NewPayment(
            json.getString("store", null),
            json.getString("orderRef", null),
            amount(json),
            Optional.ofNullable(json.getString("shopper", null)),
            json.getBoolean("captureAtOnce", false),
            json.getString("frameOrigin", null));
    PaymentService.Created created = payments.create(request);
    JsonObjectBuilder out = describe(created.payment());
    out.add("clientSecret", created.clientSecret());
    out.add("cardPageUrl", cardPage(created.payment(), created.clientSecret()));
    return Response.status(201).entity(out.build().toString()).build();
  }

  /**
   * Charges a shopper's saved card at once, server to server (a wallet top-up, a tab's charge):
   * {@code {"store", "reference", "shopper", "card", "amount", "currency"}} with an {@code
   * Idempotency-Key}; the same key again answers with the same payment and charges nothing more.
   * The card must be the shopper's saved card; the answer says captured or declined.
   */
  @POST
  @Path("charges")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response charge(@HeaderParam("Idempotency-Key") String key, String body) {
    if (key == null || !key.matches("[A-Za-z0-9_.:-]{8,64}")) {
      throw new IllegalArgumentException("Idempotency-Key");
    }
    JsonObject json = parse(body);
    String shopper = json.getString("shopper", null);
    String card = json.getString("card", null);
    if (shopper == null || shopper.isBlank() || card == null) {
      throw new IllegalArgumentException("shopper and card");
    }
    NewPayment request =
        new NewPayment(
            json.getString("store", null),
            "charge-" + key,
            amount(json),
            Optional.of(shopper),
            true,
            zoneUrl);
    PaymentService.ChargeOnFile charge = payments.chargeOnFile(request, card);
    String answer = describe(charge.payment()).build().toString();
    return charge.replayed()
        ? Response.ok(answer).header("Idempotent-Replayed", "true").build()
        : Response.status(201).entity(answer).build();
  }

  /** The card page's address with a new client secret (the previous one stops working). */
  @POST
  @Path("payments/{id}/card-page")
  public String cardPage(@PathParam("id") String id, @QueryParam("store") String store) {
    Payment payment = payments.forStore(id, store);
    return describe(payment)
        .add("cardPageUrl", cardPage(payment, payments.newSecret(payment)))
        .build()
        .toString();
  }

  private String cardPage(Payment payment, String secret) {
    return zoneUrl + "/checkout/card?payment=" + payment.publicId() + "&secret=" + secret;
  }

  @GET
  @Path("payments/{id}")
  public String read(@PathParam("id") String id, @QueryParam("store") String store) {
    return describe(payments.refresh(payments.forStore(id, store))).build().toString();
  }

  @POST
  @Path("payments/{id}/capture")
  public String capture(@PathParam("id") String id, @QueryParam("store") String store) {
    Payment payment = payments.forStore(id, store);
    return describe(payments.capture(payment, payment.amount())).build().toString();
  }

  @POST
  @Path("payments/{id}/void")
  public String cancel(@PathParam("id") String id, @QueryParam("store") String store) {
    return describe(payments.voidPayment(payments.forStore(id, store))).build().toString();
  }

  @POST
  @Path("payments/{id}/refund")
  @Consumes(MediaType.APPLICATION_JSON)
  public String refund(
      @PathParam("id") String id,
      @QueryParam("store") String store,
      @HeaderParam("Idempotency-Key") String key,
      String body) {
    if (key == null || !key.matches("[A-Za-z0-9_.:-]{8,64}")) {
      throw new IllegalArgumentException("Idempotency-Key");
    }
    Payment payment = payments.forStore(id, store);
    Money amount = amount(parse(body));
    return describe(payments.refund(payment, amount, key)).build().toString();
  }

  @GET
  @Path("shoppers/{subject}/cards")
  public String savedCards(@PathParam("subject") String subject) {
    var list = JSON.createArrayBuilder();
    for (Card card : vault.savedCards(subject)) {
      list.add(card(card));
    }
    return JSON.createObjectBuilder().add("data", list).build().toString();
  }

  @DELETE
  @Path("shoppers/{subject}/cards/{token}")
  public Response removeCard(
      @PathParam("subject") String subject, @PathParam("token") String token) {
    return vault.remove(subject, token)
        ? Response.noContent().build()
        : ZoneProblems.problem(Response.Status.NOT_FOUND, "card_not_found", "No such saved card");
  }

  @POST
  @Path("vault/re-encrypt")
  public String reEncrypt() {
    return JSON.createObjectBuilder().add("reEncrypted", vault.reEncrypt()).build().toString();
  }

  /**
   * Sandbox only: saves a test card for a shopper without a card page, so that a benchmark or a
   * crash harness can seed thousands of shoppers whose tabs can be charged: {@code {"shopper",
   * "number", "expiry"}} (a sandbox test number); the answer is the saved card.
   */
  @POST
  @Path("sandbox/saved-cards")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response saveSandboxCard(String body) {
    if (!sandbox) {
      return ZoneProblems.problem(Response.Status.NOT_FOUND, "not_found", "No sandbox here");
    }
    JsonObject json = parse(body);
    String shopper = json.getString("shopper", "");
    if (shopper.isBlank() || shopper.length() > 255) {
      throw new IllegalArgumentException("shopper");
    }
    CardNumber number = CardNumber.parse(json.getString("number", ""));
    try {
      if (!SandboxCards.isTestCard(number)) {
        throw new IllegalArgumentException("number (a sandbox test card)");
      }
      Card card =
          vault.store(
              number,
              CardExpiry.parse(json.getString("expiry", "12/39"), java.time.YearMonth.now()),
              "penny",
              Optional.of(shopper),
              Optional.of("Saved by the sandbox for a benchmark."));
      return Response.status(201).entity(card(card).build().toString()).build();
    } finally {
      number.wipe();
    }
  }

  @GET
  @Path("sandbox/settlement")
  @Produces("text/csv")
  public Response settlement(@QueryParam("day") String day) {
    if (!sandbox) {
      return ZoneProblems.problem(Response.Status.NOT_FOUND, "not_found", "No sandbox here");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(day == null ? "" : day);
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("day (YYYY-MM-DD)");
    }
    // The merchant column names the store a payment was for ("penny" for Penny's own charges:
    // wallet top-ups and tab charges), so that each can reconcile its part.
    StringBuilder csv =
        new StringBuilder("day,request_id,authorization,kind,amount,currency,merchant\n");
    for (SandboxTransaction t : sandboxAcquirer.settled(date)) {
      Money amount = Money.ofMicros(t.amountMicros(), t.currency());
      csv.append(date)
          .append(',')
          .append(t.requestId())
          .append(',')
          .append(t.authorization().orElse(""))
          .append(',')
          .append(t.kind().name().toLowerCase())
          .append(',')
          .append(
              t.kind() == SandboxTransaction.Kind.REFUND
                  ? amount.negate().toPlainString()
                  : amount.toPlainString())
          .append(',')
          .append(t.currency())
          .append(',')
          .append(merchantOf(t.requestId()))
          .append('\n');
    }
    return Response.ok(csv.toString(), "text/csv").build();
  }

  /** The store of the payment a request id names ({@code pay_..-capture}), or empty. */
  private String merchantOf(String requestId) {
    int dash = requestId.indexOf('-');
    String paymentId = dash < 0 ? requestId : requestId.substring(0, dash);
    return payments.find(paymentId).map(Payment::store).orElse("");
  }

  /** A payment as the zone's API shows it: its card only as brand and last four. */
  private JsonObjectBuilder describe(Payment p) {
    JsonObjectBuilder out =
        JSON.createObjectBuilder()
            .add("id", p.publicId())
            .add("store", p.store())
            .add("orderRef", p.orderRef())
            .add("status", p.status().code())
            .add("amount", p.amount().toPlainString())
            .add("currency", p.amount().currency().getCurrencyCode())
            .add("captured", p.captured().toPlainString())
            .add("refunded", p.refunded().toPlainString())
            .add("attempts", p.attempts());
    p.declineCode().ifPresent(c -> out.add("declineCode", c));
    p.cardToken()
        .flatMap(vault::find)
        .ifPresent(
            card ->
                out.add(
                    "card",
                    JSON.createObjectBuilder()
                        .add("brand", card.brand().label())
                        .add("lastFour", card.lastFour())));
    return out;
  }

  private JsonObjectBuilder card(Card card) {
    return JSON.createObjectBuilder()
        .add("token", card.token())
        .add("brand", card.brand().label())
        .add("lastFour", card.lastFour())
        .add("expiry", card.expiry().toString());
  }

  private static JsonObject parse(String body) {
    try {
      return JSON.createReader(new StringReader(body == null ? "" : body)).readObject();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("JSON body");
    }
  }

  private static Money amount(JsonObject json) {
    try {
      return Money.parse(json.getString("amount"), json.getString("currency"));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("amount");
    }
  }
}
