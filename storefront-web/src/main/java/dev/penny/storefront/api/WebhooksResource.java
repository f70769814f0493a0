package dev.penny.storefront.api;

import dev.penny.platform.cluster.Cluster;
import dev.penny.platform.json.Jsonp;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.tenancy.ActiveTenant;
import dev.penny.platform.tenancy.TenantContext;
import dev.penny.platform.webhook.WebhookDelivery;
import dev.penny.platform.webhook.WebhookEndpoint;
import dev.penny.platform.webhook.WebhookEndpoints;
import dev.penny.platform.webhook.WebhookSignature;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A store's webhook endpoints, with its API key: list, add ({@code {"url": "https://..."}}; the
 * secret is in the answer, once), remove, rotate the secret, send a test event, list deliveries;
 * and a signature check that does what a receiver should (a replayed signature is refused).
 */
@Path("stores/{slug}/webhook-endpoints")
@Produces(MediaType.APPLICATION_JSON)
public class WebhooksResource {

  /** How long an accepted signature is remembered against replays: its timestamp's validity. */
  private static final Duration REPLAY_WINDOW = Duration.ofMinutes(10);

  private final TenantContext context;
  private final WebhookEndpoints endpoints;
  private final Cluster cluster;

  @Inject
  public WebhooksResource(TenantContext context, WebhookEndpoints endpoints, Cluster cluster) {
    this.context = context;
    this.endpoints = endpoints;
    this.cluster = cluster;
  }

  protected WebhooksResource() {
    this(null, null, null);
  }

  @GET
  public String list(@PathParam("slug") String slug, @Context HttpServletRequest request) {
    ActiveTenant store = allowed(slug, request);
    JsonArrayBuilder data = Jsonp.JSON.createArrayBuilder();
    endpoints.list(store.id()).forEach(e -> data.add(json(e)));
    return Jsonp.JSON
        .createObjectBuilder()
        .add("object", "list")
        .add("data", data)
        .add("has_more", false)
        .addNull("next_cursor")
        .build()
        .toString();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response add(
      @PathParam("slug") String slug, @Context HttpServletRequest request, InputStream body) {
    ActiveTenant store = allowed(slug, request);
    JsonObject json = JsonBody.object(body);
    MicroJson.onlyFields(json, Set.of("url"));
    WebhookEndpoint endpoint = endpoints.add(store.id(), MicroJson.text(json, "url"));
    return Response.status(Response.Status.CREATED).entity(json(endpoint).toString()).build();
  }

  @DELETE
  @Path("{id}")
  public Response remove(
      @PathParam("slug") String slug,
      @PathParam("id") String id,
      @Context HttpServletRequest request) {
    ActiveTenant store = allowed(slug, request);
    endpoints.remove(store.id(), id);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/rotate-secret")
  public String rotate(
      @PathParam("slug") String slug,
      @PathParam("id") String id,
      @Context HttpServletRequest request) {
    ActiveTenant store = allowed(slug, request);
    return json(endpoints.rotate(store.id(), id)).toString();
  }

  @POST
  @Path("{id}/test")
  public Response test(
      @PathParam("slug") String slug,
      @PathParam("id") String id,
      @Context HttpServletRequest request) {
    ActiveTenant store = allowed(slug, request);
    String event = endpoints.sendTest(store.id(), id);
    return Response.accepted(
            Jsonp.JSON
                .createObjectBuilder()
                .add("object", "event")
                .add("id", event)
                .build()
                .toString())
        .build();
  }

  @GET
  @Path("{id}/deliveries")
  public String deliveries(
      @PathParam("slug") String slug,
      @PathParam("id") String id,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit,
      @Context HttpServletRequest request) {
    ActiveTenant store = allowed(slug, request);
    if (endpoints.secretsOf(store.id(), id).isEmpty()) {
      throw new ApiRequestException(ErrorCode.WEBHOOK_ENDPOINT_NOT_FOUND, "No such endpoint");
    }
    java.util.OptionalLong before =
        cursor == null ? java.util.OptionalLong.empty() : deliveryCursor(cursor);
    int size = limit == null ? 50 : MicroResource.limitOf(limit);
    List<WebhookDelivery> fetched =
        endpoints.deliveries(store.id(), Optional.of(id), before, size + 1);
    boolean more = fetched.size() > size;
    List<WebhookDelivery> page = more ? fetched.subList(0, size) : fetched;
    JsonArrayBuilder data = Jsonp.JSON.createArrayBuilder();
    for (WebhookDelivery d : page) {
      JsonObjectBuilder row =
          Jsonp.JSON
              .createObjectBuilder()
              .add("object", "webhook_delivery")
              .add("event", d.eventId())
              .add("type", d.type())
              .add("status", d.status().toLowerCase(java.util.Locale.ROOT))
              .add("attempts", d.attempts())
              .add("created_at", d.createdAt().toString());
      d.lastStatus().ifPresent(s -> row.add("last_status", s));
      d.lastError().ifPresent(e -> row.add("last_error", e));
      d.deliveredAt().ifPresent(t -> row.add("delivered_at", t.toString()));
      data.add(row);
    }
    return Jsonp.JSON
        .createObjectBuilder()
        .add("object", "list")
        .add("data", data)
        .add("has_more", more)
        .add(
            "next_cursor",
            more
                ? Jsonp.JSON.createValue(DELIVERY_CURSOR + page.get(page.size() - 1).id())
                : jakarta.json.JsonValue.NULL)
        .build()
        .toString();
  }

  private static final String DELIVERY_CURSOR = "wd_";

  private static java.util.OptionalLong deliveryCursor(String text) {
    String id = text.startsWith(DELIVERY_CURSOR) ? text.substring(DELIVERY_CURSOR.length()) : "";
    if (!id.matches("[1-9][0-9]{0,17}")) {
      throw new ApiRequestException(
          ErrorCode.INVALID_CURSOR, "'cursor' is the next_cursor of the previous page");
    }
    return java.util.OptionalLong.of(Long.parseLong(id));
  }

  /**
   * Checks a delivery as a receiver should: the {@code Penny-Signature} of this raw body with the
   * endpoint's secret, a timestamp within five minutes, and not seen before. 200 when it holds;
   * {@code 400 webhook_signature_invalid} otherwise (a replay included).
   */
  @POST
  @Path("{id}/signature-check")
  @Consumes(MediaType.WILDCARD)
  public String check(
      @PathParam("slug") String slug,
      @PathParam("id") String id,
      @HeaderParam("Penny-Signature") String signature,
      @Context HttpServletRequest request,
      InputStream body) {
    ActiveTenant store = allowed(slug, request);
    List<String> secrets = endpoints.secretsOf(store.id(), id);
    if (secrets.isEmpty()) {
      throw new ApiRequestException(ErrorCode.WEBHOOK_ENDPOINT_NOT_FOUND, "No such endpoint");
    }
    String text;
    try {
      byte[] bytes = body.readNBytes(JsonBody.MAX_BYTES + 1);
      if (bytes.length > JsonBody.MAX_BYTES) {
        // Not checked against a prefix: a larger body is refused as such.
        throw new ApiRequestException(
            ErrorCode.PAYLOAD_TOO_LARGE,
            "The request body is larger than " + JsonBody.MAX_BYTES + " bytes");
      }
      text = new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ApiRequestException(
          ErrorCode.BAD_REQUEST, "The request body ended before its announced length");
    }
    // Against the real time (as the dispatcher signs), not the sandbox's moved clock.
    Optional<String> signed =
        WebhookSignature.signed(signature, text, secrets, Instant.now().getEpochSecond());
    if (signed.isEmpty()) {
      throw new ApiRequestException(
          ErrorCode.WEBHOOK_SIGNATURE_INVALID,
          "The signature does not sign this body with this endpoint's secret, or its timestamp"
              + " is more than five minutes away.");
    }
    // Remembered on every server of the cluster, for as long as the timestamp is valid, by the
    // timestamp and the signature that matched (a header with parts added is the same replay).
    if (!cluster.firstTime("webhook-signature " + id + " " + signed.get(), REPLAY_WINDOW)) {
      throw new ApiRequestException(
          ErrorCode.WEBHOOK_SIGNATURE_INVALID, "This signature was seen before: a replay.");
    }
    return Jsonp.JSON.createObjectBuilder().add("valid", true).build().toString();
  }

  private ActiveTenant allowed(String slug, HttpServletRequest request) {
    ActiveTenant store = ApiCalls.store(context, slug);
    ApiCalls.requireApiKey(request);
    return store;
  }

  static JsonObject json(WebhookEndpoint endpoint) {
    JsonObjectBuilder json =
        Jsonp.JSON
            .createObjectBuilder()
            .add("object", "webhook_endpoint")
            .add("id", endpoint.id())
            .add("url", endpoint.url())
            .add("created_at", endpoint.createdAt().toString());
    endpoint.secret().ifPresent(s -> json.add("secret", s));
    return json.build();
  }
}
