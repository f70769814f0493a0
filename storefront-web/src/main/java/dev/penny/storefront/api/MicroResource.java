package dev.penny.storefront.api;

import dev.penny.payments.purchase.Channel;
import dev.penny.payments.purchase.MicroPurchase;
import dev.penny.payments.purchase.MicroPurchaseService;
import dev.penny.payments.purchase.Payer;
import dev.penny.payments.purchase.Purchases;
import dev.penny.payments.purchase.Receipt;
import dev.penny.payments.purchase.Sale;
import dev.penny.payments.spending.SpendingKey;
import dev.penny.payments.spending.SpendingKeyService;
import dev.penny.payments.tab.TabService;
import dev.penny.payments.tab.TabView;
import dev.penny.payments.wallet.WalletService;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The micropayments API of a store. With a shopper's spending key ({@code Authorization: Bearer
 * sks_...}): read the wallet and tab, unlock content, tip, pay a metered call. With the store's API
 * key: charge a shopper's metered usage on the spending key the shopper granted this store, list
 * the store's micro-charges by cursor, and void one still on an open tab. Every POST that moves
 * money needs an {@code Idempotency-Key}.
 *
 * <p>One instance serves every request (it holds nothing of a request): made and injected per
 * request, as JAX-RS does by default, it cost a micro-charge more than its own work.
 */
@Path("stores/{slug}")
@Produces(MediaType.APPLICATION_JSON)
@jakarta.enterprise.context.ApplicationScoped
public class MicroResource {

  private static final int MAX_LIMIT = 100;

  private final TenantContext context;
  private final MicroPurchaseService purchases;
  private final Purchases records;
  private final SpendingKeyService keys;
  private final WalletService wallets;
  private final TabService tabs;

  /**
   * Whether the benchmark's naive ledger path may be asked for ({@code Penny-Bench-Ledger: naive}
   * on metered calls); off unless {@code penny.bench.naive-ledger=true} (the launcher's {@code
   * PENNY_BENCH_NAIVE_LEDGER}).
   */
  @Inject
  @ConfigProperty(name = "penny.bench.naive-ledger", defaultValue = "false")
  boolean naiveLedger;

  @Inject
  public MicroResource(
      TenantContext context,
      MicroPurchaseService purchases,
      Purchases records,
      SpendingKeyService keys,
      WalletService wallets,
      TabService tabs) {
    this.context = context;
    this.purchases = purchases;
    this.records = records;
    this.keys = keys;
    this.wallets = wallets;
    this.tabs = tabs;
  }

  protected MicroResource() {
    this(null, null, null, null, null, null);
  }

  @SpendingKeyCall
  @GET
  @Path("wallet")
  public String wallet(
      @PathParam("slug") String slug, @HeaderParam("Authorization") String authorization) {
    ActiveTenant store = ApiCalls.store(context, slug);
    SpendingKey key = spendingKey(authorization);
    keys.requireUsableIn(key, store);
    JsonObjectBuilder json =
        Jsonp.JSON
            .createObjectBuilder()
            .add("currency", store.currency().getCurrencyCode())
            .add("balance", wallets.balance(key.shopper(), store.currency()).toPlainString())
            .add("pay_with", key.funding().name().toLowerCase(java.util.Locale.ROOT));
    Optional<TabView> tab = tabs.view(key.shopper(), store.currency());
    if (tab.isPresent()) {
      JsonArrayBuilder lines = Jsonp.JSON.createArrayBuilder();
      tab.get()
          .lines()
          .forEach(
              l ->
                  lines.add(
                      Jsonp.JSON
                          .createObjectBuilder()
                          .add("store", l.storeSlug())
                          .add("item", l.item())
                          .add("amount", l.amount().toPlainString())
                          .add("at", l.at().toString())));
      json.add(
          "tab",
          Jsonp.JSON
              .createObjectBuilder()
              .add("owed", tab.get().owed().toPlainString())
              .add("threshold", tab.get().threshold().toPlainString())
              .add("limit", tab.get().limit().toPlainString())
              .add("progress", tab.get().progress())
              .add("locked", tab.get().locked())
              .add("closed", tab.get().closed())
              .add("due", tab.get().due().isPresent())
              .add("lines", lines));
    }
    return json.build().toString();
  }

  @SpendingKeyCall
  @POST
  @Path("content/{id}/unlock")
  public Response unlock(
      @PathParam("slug") String slug,
      @PathParam("id") String id,
      @HeaderParam("Authorization") String authorization,
      @HeaderParam("Idempotency-Key") String idempotencyKey) {
    KeyCall call = keyCall(slug, authorization, idempotencyKey);
    long contentId = MicroJson.id(id);
    return created(
        purchases.unlock(
            call.store(), contentId, payer(call.key(), call.store()), call.ledgerKey()));
  }

  @SpendingKeyCall
  @POST
  @Path("tips")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response tip(
      @PathParam("slug") String slug,
      @HeaderParam("Authorization") String authorization,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      InputStream body) {
    KeyCall call = keyCall(slug, authorization, idempotencyKey);
    JsonObject json = JsonBody.object(body);
    MicroJson.onlyFields(json, Set.of("amount", "currency", "note", "content_id"));
    OptionalLong contentId =
        MicroJson.optionalText(json, "content_id")
            .map(t -> OptionalLong.of(MicroJson.id(t)))
            .orElse(OptionalLong.empty());
    return created(
        purchases.tip(
            call.store(),
            MicroJson.amount(json, call.store().currency()),
            MicroJson.optionalText(json, "note"),
            contentId,
            payer(call.key(), call.store()),
            call.ledgerKey()));
  }

  /** A metered call the client pays itself: {@code {"meter": "search", "amount": "0.002"}}. */
  @SpendingKeyCall
  @POST
  @Path("metered")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response metered(
      @PathParam("slug") String slug,
      @HeaderParam("Authorization") String authorization,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @HeaderParam("Penny-Bench-Ledger") String benchLedger,
      InputStream body) {
    KeyCall call = keyCall(slug, authorization, idempotencyKey);
    JsonObject json = JsonBody.object(body);
    MicroJson.onlyFields(json, Set.of("meter", "amount", "currency"));
    Sale sale = Sale.metered(meter(json), MicroJson.amount(json, call.store().currency()));
    Payer payer = payer(call.key(), call.store());
    if (naiveLedger && "naive".equals(benchLedger)) {
      return created(purchases.buyNaively(call.store(), sale, payer, call.ledgerKey()));
    }
    return created(purchases.buy(call.store(), sale, payer, call.ledgerKey()));
  }

  /**
   * The store charges a shopper's metered usage: {@code {"spending_key": "spk_...", "meter":
   * "api-calls", "amount": "0.002"}} with the store's API key. The spending key must be one the
   * shopper granted this store; its daily cap holds.
   */
  @POST
  @Path("micro-charges")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response charge(
      @PathParam("slug") String slug,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @Context HttpServletRequest request,
      InputStream body) {
    ActiveTenant store = ApiCalls.store(context, slug);
    ApiCalls.requireApiKey(request);
    String idem = IdempotencyKeys.require(idempotencyKey);
    JsonObject json = JsonBody.object(body);
    MicroJson.onlyFields(json, Set.of("spending_key", "meter", "amount", "currency"));
    SpendingKey key = keys.usable(MicroJson.text(json, "spending_key"));
    if (key.storeId().isEmpty() || key.storeId().getAsLong() != store.id()) {
      throw new ApiRequestException(
          ErrorCode.SPENDING_KEY_OTHER_STORE,
          "This spending key was not granted to this store; its shopper grants it in their account.");
    }
    Sale sale = Sale.metered(meter(json), MicroJson.amount(json, store.currency()));
    return created(purchases.chargeForStore(store, sale, payer(key, store), idem));
  }

  @GET
  @Path("micro-charges")
  public String list(
      @PathParam("slug") String slug,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit,
      @Context HttpServletRequest request) {
    ApiCalls.store(context, slug);
    ApiCalls.requireApiKey(request);
    long before = cursor == null ? 0 : cursorOf(cursor);
    int size = limit == null ? 20 : limitOf(limit);
    List<MicroPurchase> fetched = records.ofStore(before, size + 1);
    boolean more = fetched.size() > size;
    List<MicroPurchase> page = more ? fetched.subList(0, size) : fetched;
    JsonArrayBuilder data = Jsonp.JSON.createArrayBuilder();
    page.forEach(p -> data.add(MicroJson.purchase(p)));
    JsonObjectBuilder json =
        Jsonp.JSON
            .createObjectBuilder()
            .add("object", "list")
            .add("data", data)
            .add("has_more", more);
    if (more) {
      json.add("next_cursor", "mp_" + page.get(page.size() - 1).id());
    } else {
      json.addNull("next_cursor");
    }
    return json.build().toString();
  }

  @POST
  @Path("micro-charges/{id}/void")
  public Response voidCharge(
      @PathParam("slug") String slug,
      @PathParam("id") String id,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @Context HttpServletRequest request) {
    ActiveTenant store = ApiCalls.store(context, slug);
    ApiCalls.requireApiKey(request);
    // Required as on every POST that moves money; the void itself is keyed by the charge it
    // names, so a second void of one charge (under any key) answers the first void.
    IdempotencyKeys.require(idempotencyKey);
    Receipt receipt = purchases.voidOnTab(store, MicroJson.purchaseId(id));
    return Response.ok(MicroJson.receipt(receipt).toString()).build();
  }

  static long cursorOf(String text) {
    String id = text.startsWith("mp_") || text.startsWith("tc_") ? text.substring(3) : text;
    if (!id.matches("[1-9][0-9]{0,17}")) {
      throw new ApiRequestException(
          ErrorCode.INVALID_CURSOR, "'cursor' is the next_cursor of the previous page");
    }
    return Long.parseLong(id);
  }

  static int limitOf(String text) {
    if (!text.matches("[1-9][0-9]{0,2}") || Integer.parseInt(text) > MAX_LIMIT) {
      throw new ApiRequestException(ErrorCode.INVALID_LIMIT, "'limit' is from 1 to 100");
    }
    return Integer.parseInt(text);
  }

  private static String meter(JsonObject json) {
    String meter = MicroJson.text(json, "meter");
    if (!meter.matches("[A-Za-z0-9 ._:-]{1,60}")) {
      throw new ApiRequestException(
          ErrorCode.INVALID_INPUT, "'meter' is 1 to 60 letters, digits, spaces or . _ : -");
    }
    return meter;
  }

  private Payer payer(SpendingKey key, ActiveTenant store) {
    return new Payer(
        key.shopper(),
        key.funding(),
        Channel.API,
        Optional.of(keys.spendIn(key, store)),
        Optional.empty());
  }

  /**
   * A money-moving call made with a spending key: its store, the key, and the ledger's key for the
   * call (the client's Idempotency-Key under the spending key's id).
   */
  private record KeyCall(ActiveTenant store, SpendingKey key, String idempotencyKey) {
    String ledgerKey() {
      return key.publicId() + ":" + idempotencyKey;
    }
  }

  private KeyCall keyCall(String slug, String authorization, String idempotencyKey) {
    ActiveTenant store = ApiCalls.store(context, slug);
    SpendingKey key = spendingKey(authorization);
    return new KeyCall(store, key, IdempotencyKeys.require(idempotencyKey));
  }

  private SpendingKey spendingKey(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer sks_", 0, 11)) {
      throw new ApiRequestException(
          ErrorCode.SPENDING_KEY_REQUIRED,
          "This call needs a shopper's spending key: 'Authorization: Bearer sks_...'");
    }
    return keys.authenticate(authorization.substring(7).strip());
  }

  private static Response created(Receipt receipt) {
    Response.ResponseBuilder response =
        receipt.replayed() ? Response.ok() : Response.status(Response.Status.CREATED);
    if (receipt.replayed()) {
      response.header("Idempotent-Replayed", "true");
    }
    return response.entity(MicroJson.receipt(receipt).toString()).build();
  }
}
