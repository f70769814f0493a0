package dev.penny.storefront.api;

import dev.penny.platform.json.Jsonp;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.tenancy.ActiveTenant;
import dev.penny.platform.tenancy.TenantContext;
import dev.penny.platform.time.SandboxClock;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.time.Duration;
import java.util.Set;

/**
 * The sandbox's clock, with a store's API key and only when the sandbox is on (otherwise not
 * found): read it, move it forward ({@code {"advance_hours": 73}} or {@code {"advance_seconds":
 * 60}}), or set it back to the real time. Time moves for the whole server (every store), so it
 * needs {@code penny.sandbox.clock} too.
 */
@Path("stores/{slug}/sandbox/clock")
@Produces(MediaType.APPLICATION_JSON)
public class SandboxResource {

  private final TenantContext context;
  private final SandboxClock clock;

  @Inject
  public SandboxResource(TenantContext context, SandboxClock clock) {
    this.context = context;
    this.clock = clock;
  }

  protected SandboxResource() {
    this(null, null);
  }

  @GET
  public String read(@PathParam("slug") String slug, @Context HttpServletRequest request) {
    allowed(slug, request);
    return answer();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public String advance(
      @PathParam("slug") String slug, @Context HttpServletRequest request, InputStream body) {
    ActiveTenant store = allowed(slug, request);
    JsonObject json = JsonBody.object(body);
    MicroJson.onlyFields(json, Set.of("advance_hours", "advance_seconds"));
    Duration by = Duration.ofSeconds(seconds(json));
    if (by.isZero() || by.compareTo(SandboxClock.MAX_STEP) > 0) {
      throw new ApiRequestException(
          ErrorCode.INVALID_INPUT, "The clock moves forward by 1 second to 366 days at a time.");
    }
    try {
      clock.advance(by, "the API of " + store.slug());
    } catch (IllegalArgumentException e) {
      throw new ApiRequestException(ErrorCode.INVALID_INPUT, e.getMessage());
    }
    return answer();
  }

  @DELETE
  public String reset(@PathParam("slug") String slug, @Context HttpServletRequest request) {
    ActiveTenant store = allowed(slug, request);
    clock.reset("the API of " + store.slug());
    return answer();
  }

  private ActiveTenant allowed(String slug, HttpServletRequest request) {
    ActiveTenant store = ApiCalls.store(context, slug);
    if (!clock.isAvailable()) {
      throw new ApiRequestException(ErrorCode.NOT_FOUND, "The sandbox is off on this server.");
    }
    ApiCalls.requireApiKey(request);
    return store;
  }

  private static long seconds(JsonObject json) {
    if (json.size() != 1) {
      throw new ApiRequestException(
          ErrorCode.INVALID_INPUT, "Send one of 'advance_hours' or 'advance_seconds'.");
    }
    String name = json.containsKey("advance_hours") ? "advance_hours" : "advance_seconds";
    JsonValue value = json.get(name);
    if (!(value instanceof JsonNumber number)
        || !number.isIntegral()
        || number.bigIntegerValue().signum() <= 0
        || number.bigIntegerValue().bitLength() > 40) {
      throw new ApiRequestException(
          ErrorCode.INVALID_INPUT, "'" + name + "' is a whole number above zero.");
    }
    long amount = number.longValue();
    return "advance_hours".equals(name) ? Math.multiplyExact(amount, 3600L) : amount;
  }

  private String answer() {
    return Jsonp.JSON
        .createObjectBuilder()
        .add("now", clock.now().toString())
        .add("offset_seconds", clock.offset().toSeconds())
        .build()
        .toString();
  }
}
