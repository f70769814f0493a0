package dev.penny.storefront.api;

import dev.penny.cart.order.OrderService;
import dev.penny.cart.order.OrderStatus;
import dev.penny.money.Money;
import dev.penny.platform.crypto.Digests;
import dev.penny.platform.idempotency.IdempotencyKeys;
import dev.penny.platform.json.Jsonp;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.tenancy.ActiveTenant;
import dev.penny.platform.tenancy.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A store's orders for its API key: list (by state or e-mail, newest first, cursor by number),
 * read, fulfil, cancel, refund. The three POSTs move money (a capture, a void or refund, a refund)
 * and need an {@code Idempotency-Key}: a repeat answers as the first did and changes nothing; the
 * same key with another request is {@code 409 idempotency_conflict}.
 */
@Path("stores/{slug}/orders")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class OrdersResource {

  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("[1-9][0-9]{0,17}");
  private static final Set<String> LIST_PARAMETERS = Set.of("limit", "cursor", "status", "email");

  private final TenantContext context;
  private final OrderService orders;
  private final IdempotencyKeys keys;

  @Inject
  public OrdersResource(TenantContext context, OrderService orders, IdempotencyKeys keys) {
    this.context = context;
    this.orders = orders;
    this.keys = keys;
  }

  protected OrdersResource() {
    this(null, null, null);
  }

  @GET
  public JsonObject list(
      @PathParam("slug") String slug, @Context UriInfo uri, @Context HttpServletRequest request) {
    ApiCalls.store(context, slug);
    ApiCalls.requireApiKey(request);
    MultivaluedMap<String, String> query = uri.getQueryParameters();
    for (String name : query.keySet()) {
      if (!LIST_PARAMETERS.contains(name)) {
        throw new ApiRequestException(
            ErrorCode.UNKNOWN_PARAMETER,
            "Unknown query parameter '"
                + (name.length() > 40 ? name.substring(0, 40) : name)
                + "'");
      }
      if (query.get(name).size() > 1) {
        throw new ApiRequestException(
            ErrorCode.DUPLICATE_PARAMETER, "'" + name + "' is given twice");
      }
    }
    int limit = limit(query.getFirst("limit"));
    Optional<Long> cursor =
        Optional.ofNullable(query.getFirst("cursor")).map(OrdersResource::cursor);
    Optional<OrderStatus> status =
        Optional.ofNullable(query.getFirst("status")).map(OrdersResource::status);
    Optional<String> email =
        Optional.ofNullable(query.getFirst("email")).filter(e -> e.length() <= 254);
    OrderService.OrderPage page = orders.list(status, email, cursor, limit);
    JsonArrayBuilder data = Jsonp.JSON.createArrayBuilder();
    page.orders().forEach(o -> data.add(OrderJson.summary(o)));
    var json =
        Jsonp.JSON
            .createObjectBuilder()
            .add("object", "list")
            .add("data", data)
            .add("has_more", page.nextBefore().isPresent());
    if (page.nextBefore().isPresent()) {
      json.add("next_cursor", String.valueOf(page.nextBefore().get()));
    } else {
      json.addNull("next_cursor");
    }
    return json.build();
  }

  @GET
  @Path("{number}")
  public JsonObject get(
      @PathParam("slug") String slug,
      @PathParam("number") String number,
      @Context HttpServletRequest request) {
    ApiCalls.store(context, slug);
    ApiCalls.requireApiKey(request);
    return OrderJson.detail(
        orders
            .detail(number(number))
            .orElseThrow(
                () -> new ApiRequestException(ErrorCode.ORDER_NOT_FOUND, "No such order")));
  }

  @POST
  @Path("{number}/fulfil")
  public Response fulfil(
      @PathParam("slug") String slug,
      @PathParam("number") String number,
      @HeaderParam("Idempotency-Key") String key,
      @Context HttpServletRequest request) {
    return change(slug, number, key, request, "fulfil", orders::fulfil);
  }

  @POST
  @Path("{number}/cancel")
  public Response cancel(
      @PathParam("slug") String slug,
      @PathParam("number") String number,
      @HeaderParam("Idempotency-Key") String key,
      @Context HttpServletRequest request) {
    return change(slug, number, key, request, "cancel", orders::cancel);
  }

  /** A change to an order by number, store and actor (fulfil, cancel). */
  private interface OrderChange {
    dev.penny.cart.order.Order apply(long number, String store, String actor);
  }

  private Response change(
      String slug,
      String number,
      String key,
      HttpServletRequest request,
      String name,
      OrderChange change) {
    ActiveTenant store = ApiCalls.store(context, slug);
    ApiCalls.requireApiKey(request);
    long n = number(number);
    return once(
        key, name + " " + n, () -> detail(change.apply(n, store.slug(), actor(request)).number()));
  }

  /** Refunds {@code {"amount": "5.00"}} of what the order's card was charged. */
  @POST
  @Path("{number}/refund")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response refund(
      @PathParam("slug") String slug,
      @PathParam("number") String number,
      @HeaderParam("Idempotency-Key") String key,
      InputStream body,
      @Context HttpServletRequest request) {
    ActiveTenant store = ApiCalls.store(context, slug);
    ApiCalls.requireApiKey(request);
    long n = number(number);
    String idempotencyKey = IdempotencyKeys.require(key);
    JsonObject json = JsonBody.object(body);
    for (String field : json.keySet()) {
      if (!field.equals("amount")) {
        throw new ApiRequestException(
            ErrorCode.UNKNOWN_FIELD,
            "Unknown field '" + (field.length() > 40 ? field.substring(0, 40) : field) + "'");
      }
    }
    JsonValue value = json.get("amount");
    if (!(value instanceof JsonString text)) {
      throw new ApiRequestException(
          ErrorCode.INVALID_AMOUNT, "'amount' is a decimal string such as \"5.00\"");
    }
    Money amount = Money.parse(text.getString(), store.currency());
    return once(
        idempotencyKey,
        "refund " + n + " " + amount.toPlainString(),
        () ->
            detail(
                orders
                    .refund(n, store.slug(), amount, refundKey(idempotencyKey), actor(request))
                    .number()));
  }

  /** The first answer to this key and request, or the request done now and its answer kept. */
  private Response once(String key, String request, Supplier<JsonObject> work) {
    String idempotencyKey = IdempotencyKeys.require(key);
    Optional<IdempotencyKeys.Answer> earlier = keys.replay(idempotencyKey, request);
    if (earlier.isPresent()) {
      return Response.status(earlier.get().status())
          .type(MediaType.APPLICATION_JSON)
          .header("Idempotent-Replayed", "true")
          .entity(earlier.get().body())
          .build();
    }
    JsonObject answer = work.get();
    keys.remember(idempotencyKey, request, 200, answer.toString());
    return Response.ok(answer.toString(), MediaType.APPLICATION_JSON).build();
  }

  private JsonObject detail(long number) {
    return OrderJson.detail(orders.detail(number).orElseThrow());
  }

  private static String actor(HttpServletRequest request) {
    return "api-key:" + request.getAttribute(ApiKeyGate.ATTRIBUTE);
  }

  private static long number(String text) {
    if (!NUMBER.matcher(text).matches()) {
      throw new ApiRequestException(
          ErrorCode.INVALID_ID, "An order number is a positive whole number");
    }
    return Long.parseLong(text);
  }

  private static int limit(String text) {
    if (text == null) {
      return 20;
    }
    if (!text.matches("[0-9]{1,3}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 100) {
      throw new ApiRequestException(
          ErrorCode.INVALID_LIMIT, "'limit' is a whole number from 1 to 100");
    }
    return Integer.parseInt(text);
  }

  private static long cursor(String text) {
    if (!NUMBER.matcher(text).matches()) {
      throw new ApiRequestException(
          ErrorCode.INVALID_CURSOR, "'cursor' is the next_cursor of a page");
    }
    return Long.parseLong(text);
  }

  private static OrderStatus status(String text) {
    return Arrays.stream(OrderStatus.values())
        .filter(s -> s.name().equalsIgnoreCase(text))
        .findFirst()
        .orElseThrow(
            () ->
                new ApiRequestException(
                    ErrorCode.INVALID_INPUT,
                    "'status' is pending, paid, fulfilled, cancelled or refunded"));
  }

  /**
   * The refund's request key for the order and the checkout zone: the client's Idempotency-Key as
   * it is when it is short and plain, else its SHA-256 (any key of 8 to 255 visible characters
   * names one refund, within what the order's history and the zone keep).
   */
  static String refundKey(String idempotencyKey) {
    if (idempotencyKey.matches("[A-Za-z0-9_.:-]{8,40}")) {
      return "api-" + idempotencyKey;
    }
    return "api-h-" + Digests.sha256Hex(idempotencyKey).substring(0, 40);
  }
}
