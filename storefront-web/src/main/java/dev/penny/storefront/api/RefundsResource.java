package dev.penny.storefront.api;

import dev.penny.payments.refund.Refund;
import dev.penny.payments.refund.RefundDestination;
import dev.penny.payments.refund.RefundService;
import dev.penny.platform.idempotency.IdempotencyKeys;
import dev.penny.platform.json.Jsonp;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.tenancy.ActiveTenant;
import dev.penny.platform.tenancy.TenantContext;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Set;

/**
 * Refunds of a store's micro-charges after they were collected, with the store's API key: {@code
 * POST .../micro-charges/mp_{id}/refunds} ({@code {"amount": "0.10", "to": "wallet"}} or {@code
 * "card"}, with an {@code Idempotency-Key}) and the charge's refunds. A charge still on an open tab
 * is voided instead.
 */
@Path("stores/{slug}/micro-charges/{id}/refunds")
@Produces(MediaType.APPLICATION_JSON)
public class RefundsResource {

  private final TenantContext context;
  private final RefundService refunds;
  private final dev.penny.payments.purchase.Purchases purchases;

  @Inject
  public RefundsResource(
      TenantContext context,
      RefundService refunds,
      dev.penny.payments.purchase.Purchases purchases) {
    this.context = context;
    this.refunds = refunds;
    this.purchases = purchases;
  }

  protected RefundsResource() {
    this(null, null, null);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(
      @PathParam("slug") String slug,
      @PathParam("id") String id,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @Context HttpServletRequest request,
      InputStream body) {
    ActiveTenant store = ApiCalls.store(context, slug);
    ApiCalls.requireApiKey(request);
    String key = IdempotencyKeys.require(idempotencyKey);
    long purchase = MicroJson.purchaseId(id);
    JsonObject json = JsonBody.object(body);
    MicroJson.onlyFields(json, Set.of("amount", "to"));
    RefundDestination to =
        switch (MicroJson.optionalText(json, "to").orElse("wallet")) {
          case "wallet" -> RefundDestination.WALLET;
          case "card" -> RefundDestination.CARD;
          default ->
              throw new ApiRequestException(ErrorCode.INVALID_INPUT, "'to' is wallet or card");
        };
    Refund refund =
        refunds.refund(store, purchase, MicroJson.amount(json, store.currency()), to, key);
    Response.ResponseBuilder answer =
        refund.replayed() ? Response.ok() : Response.status(Response.Status.CREATED);
    if (refund.replayed()) {
      answer.header("Idempotent-Replayed", "true");
    }
    return answer.entity(json(refund).toString()).build();
  }

  @GET
  public String list(
      @PathParam("slug") String slug,
      @PathParam("id") String id,
      @Context HttpServletRequest request) {
    ActiveTenant store = ApiCalls.store(context, slug);
    ApiCalls.requireApiKey(request);
    long purchase = MicroJson.purchaseId(id);
    if (purchases.find(purchase).isEmpty()) {
      // As the POST on the same address: no such purchase in this store (another's is none).
      throw new dev.penny.platform.problem.ItemNotFoundException(
          ErrorCode.PURCHASE_NOT_FOUND, "No such purchase");
    }
    JsonArrayBuilder data = Jsonp.JSON.createArrayBuilder();
    refunds.ofPurchase(store.id(), purchase).forEach(r -> data.add(json(r)));
    return Jsonp.JSON
        .createObjectBuilder()
        .add("object", "list")
        .add("data", data)
        .add("has_more", false)
        .addNull("next_cursor")
        .build()
        .toString();
  }

  static JsonObject json(Refund refund) {
    JsonObjectBuilder json =
        Jsonp.JSON
            .createObjectBuilder()
            .add("object", "refund")
            .add("id", refund.id())
            .add("charge", "mp_" + refund.purchaseId())
            .add("amount", refund.amount().toPlainString())
            .add("currency", refund.amount().currency().getCurrencyCode())
            .add("to", refund.destination().name().toLowerCase(java.util.Locale.ROOT))
            .add("status", refund.status().toLowerCase(java.util.Locale.ROOT))
            .add("created_at", refund.createdAt().toString());
    refund.doneAt().ifPresent(d -> json.add("done_at", d.toString()));
    return json.build();
  }
}
