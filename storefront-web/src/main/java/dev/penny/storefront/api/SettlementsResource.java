package dev.penny.storefront.api;

import dev.penny.money.Money;
import dev.penny.payments.charging.TabChargeShares;
import dev.penny.payments.settlement.Settlement;
import dev.penny.payments.settlement.Settlements;
import dev.penny.platform.json.Jsonp;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.tenancy.ActiveTenant;
import dev.penny.platform.tenancy.TenantContext;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * A store's settlements and its shares of tab charges, with the store's API key: settlements newest
 * day first (the cursor is the last day of a page), one by id, one's lines as CSV; the tab charges
 * that collected for the store, newest first.
 */
@Path("stores/{slug}")
@Produces(MediaType.APPLICATION_JSON)
public class SettlementsResource {

  private final TenantContext context;
  private final Settlements settlements;
  private final TabChargeShares shares;

  @Inject
  public SettlementsResource(
      TenantContext context, Settlements settlements, TabChargeShares shares) {
    this.context = context;
    this.settlements = settlements;
    this.shares = shares;
  }

  protected SettlementsResource() {
    this(null, null, null);
  }

  @GET
  @Path("settlements")
  public String list(
      @PathParam("slug") String slug,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit,
      @Context HttpServletRequest request) {
    ActiveTenant store = allowed(slug, request);
    Optional<LocalDate> before = cursor == null ? Optional.empty() : Optional.of(day(cursor));
    int size = limit == null ? 20 : MicroResource.limitOf(limit);
    List<Settlement> fetched = settlements.list(store.id(), before, size + 1);
    boolean more = fetched.size() > size;
    List<Settlement> page = more ? fetched.subList(0, size) : fetched;
    JsonArrayBuilder data = Jsonp.JSON.createArrayBuilder();
    page.forEach(s -> data.add(json(s)));
    JsonObjectBuilder json =
        Jsonp.JSON
            .createObjectBuilder()
            .add("object", "list")
            .add("data", data)
            .add("has_more", more);
    if (more) {
      json.add("next_cursor", page.get(page.size() - 1).day().toString());
    } else {
      json.addNull("next_cursor");
    }
    return json.build().toString();
  }

  @GET
  @Path("settlements/{id}")
  public String read(
      @PathParam("slug") String slug,
      @PathParam("id") String id,
      @Context HttpServletRequest request) {
    ActiveTenant store = allowed(slug, request);
    return json(find(store, id)).toString();
  }

  @GET
  @Path("settlements/{id}/csv")
  @Produces("text/csv")
  public Response csv(
      @PathParam("slug") String slug,
      @PathParam("id") String id,
      @Context HttpServletRequest request) {
    ActiveTenant store = allowed(slug, request);
    Settlement settlement = find(store, id);
    StreamingOutput body =
        out -> {
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          settlements.csv(settlement, writer);
          writer.flush();
        };
    return Response.ok(body, "text/csv;charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"settlement-" + settlement.day() + "-" + id + ".csv\"")
        .build();
  }

  @GET
  @Path("tab-charges")
  public String tabCharges(
      @PathParam("slug") String slug,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit,
      @Context HttpServletRequest request) {
    ActiveTenant store = allowed(slug, request);
    long before = cursor == null ? 0 : MicroResource.cursorOf(cursor);
    int size = limit == null ? 20 : MicroResource.limitOf(limit);
    List<TabChargeShares.Share> fetched = shares.ofStore(store.id(), before, size + 1);
    boolean more = fetched.size() > size;
    List<TabChargeShares.Share> page = more ? fetched.subList(0, size) : fetched;
    JsonArrayBuilder data = Jsonp.JSON.createArrayBuilder();
    for (TabChargeShares.Share share : page) {
      data.add(
          Jsonp.JSON
              .createObjectBuilder()
              .add("object", "tab_charge_share")
              .add("charge", share.charge())
              .add("day", share.day().toString())
              .add("collected", share.collected().toPlainString())
              .add("card_fee", share.fee().toPlainString())
              .add("standalone_card_fees", share.standaloneFee().toPlainString())
              .add("currency", share.collected().currency().getCurrencyCode())
              .add("lines", share.lines()));
    }
    JsonObjectBuilder json =
        Jsonp.JSON
            .createObjectBuilder()
            .add("object", "list")
            .add("data", data)
            .add("has_more", more);
    if (more) {
      json.add("next_cursor", "tc_" + page.get(page.size() - 1).chargeId());
    } else {
      json.addNull("next_cursor");
    }
    return json.build().toString();
  }

  private ActiveTenant allowed(String slug, HttpServletRequest request) {
    ActiveTenant store = ApiCalls.store(context, slug);
    ApiCalls.requireApiKey(request);
    return store;
  }

  private Settlement find(ActiveTenant store, String id) {
    if (id == null || !id.matches("stl_[0-9a-f]{22}")) {
      throw new ApiRequestException(ErrorCode.SETTLEMENT_NOT_FOUND, "No such settlement");
    }
    return settlements
        .find(store.id(), id)
        .orElseThrow(
            () -> new ApiRequestException(ErrorCode.SETTLEMENT_NOT_FOUND, "No such settlement"));
  }

  private static LocalDate day(String cursor) {
    try {
      return LocalDate.parse(cursor);
    } catch (DateTimeParseException e) {
      throw new ApiRequestException(
          ErrorCode.INVALID_CURSOR, "The cursor is not one this API issued");
    }
  }

  static JsonObject json(Settlement s) {
    return Jsonp.JSON
        .createObjectBuilder()
        .add("object", "settlement")
        .add("id", s.id())
        .add("day", s.day().toString())
        .add("currency", s.gross().currency().getCurrencyCode())
        .add("wallet_sales", plain(s.wallet()))
        .add("tab_sales", plain(s.tab()))
        .add("gross", plain(s.gross()))
        .add("card_fees", plain(s.cardFees()))
        .add("platform_fee", plain(s.platformFee()))
        .add("refunds", plain(s.refunds()))
        .add("net", plain(s.net()))
        .add("carried_in", plain(s.carriedIn()))
        .add("payout", plain(s.payout()))
        .add("carried_out", plain(s.carriedOut()))
        .add("standalone_card_fees", plain(s.standaloneFees()))
        .add("saved_by_batching", plain(s.saved()))
        .add("lines", s.lines())
        .add("card_charges", s.cardCharges())
        .add("created_at", s.createdAt().toString())
        .build();
  }

  private static String plain(Money money) {
    return money.toPlainString();
  }
}
