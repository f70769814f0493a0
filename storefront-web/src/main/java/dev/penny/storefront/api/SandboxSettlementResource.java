package dev.penny.storefront.api;

import dev.penny.payments.settlement.SettlementRun;
import dev.penny.payments.settlement.SettlementRuns;
import dev.penny.payments.settlement.job.SettlementJobs;
import dev.penny.platform.json.Jsonp;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.tenancy.TenantContext;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In the sandbox only (otherwise not found), with a store's API key: start a settlement run now
 * ({@code {"day": "2026-11-30"}}, or no body for the newest finished day) and read the newest run's
 * progress. A run charges every due tab and settles every store, as the scheduled one does; with
 * the sandbox clock moved forward it makes a tab due and its settlement in a test.
 */
@Path("stores/{slug}/sandbox/settlement-runs")
@Produces(MediaType.APPLICATION_JSON)
public class SandboxSettlementResource {

  private final TenantContext context;
  private final SettlementJobs jobs;
  private final SettlementRuns runs;
  private final boolean sandbox;

  @Inject
  public SandboxSettlementResource(
      TenantContext context,
      SettlementJobs jobs,
      SettlementRuns runs,
      @ConfigProperty(name = "penny.sandbox", defaultValue = "false") boolean sandbox) {
    this.context = context;
    this.jobs = jobs;
    this.runs = runs;
    this.sandbox = sandbox;
  }

  protected SandboxSettlementResource() {
    this(null, null, null, false);
  }

  @POST
  @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
  public Response start(
      @PathParam("slug") String slug, @Context HttpServletRequest request, InputStream body) {
    allowed(slug, request);
    String day = null;
    byte[] bytes = read(body);
    if (bytes.length > 0) {
      JsonObject json = JsonBody.object(new java.io.ByteArrayInputStream(bytes));
      MicroJson.onlyFields(json, Set.of("day"));
      JsonValue value = json.get("day");
      if (value != null) {
        if (!(value instanceof JsonString text)) {
          throw new ApiRequestException(
              ErrorCode.INVALID_DAY, "'day' is a date such as 2026-11-30");
        }
        day = text.getString();
      }
    }
    long run = jobs.start(jobs.dayToSettle(day));
    SettlementRun started = runs.find(run).orElseThrow(IllegalStateException::new);
    return Response.status(202).entity(json(started).toString()).build();
  }

  @GET
  @Path("latest")
  public String latest(@PathParam("slug") String slug, @Context HttpServletRequest request) {
    allowed(slug, request);
    return runs.latest()
        .map(SandboxSettlementResource::json)
        .orElseThrow(() -> new ApiRequestException(ErrorCode.NOT_FOUND, "No settlement run yet"))
        .toString();
  }

  private void allowed(String slug, HttpServletRequest request) {
    ApiCalls.store(context, slug);
    if (!sandbox) {
      throw new ApiRequestException(ErrorCode.NOT_FOUND, "The sandbox is off on this server.");
    }
    ApiCalls.requireApiKey(request);
  }

  private static byte[] read(InputStream body) {
    try {
      return body == null ? new byte[0] : body.readNBytes(4096);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonObject json(SettlementRun run) {
    return Jsonp.JSON
        .createObjectBuilder()
        .add("object", "settlement_run")
        .add("id", "run_" + run.id())
        .add("day", run.day().toString())
        .add("status", run.status().toLowerCase(java.util.Locale.ROOT))
        .add("percent", run.percent())
        .add("tabs_total", run.tabsTotal())
        .add("tabs_done", run.tabsDone())
        .add("stores_total", run.storesTotal())
        .add("stores_done", run.storesDone())
        .add("started_at", run.startedAt().toString())
        .build();
  }
}
