package dev.penny.storefront.api;

import dev.penny.platform.tenancy.PublicAddress;
import dev.penny.platform.tenancy.TenantContext;
import dev.penny.storefront.micro.PaidContent;
import dev.penny.storefront.micro.PaidContentAnswer;
import dev.penny.storefront.micro.RequestedResource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * A store's paid content for machine clients: {@code GET /api/v1/stores/{slug}/content/{id}}
 * answers 200 with the body to a reader who holds it or pays in the request, else 402 with the
 * payment requirements (see {@link PaidContent}).
 */
@Path("stores/{slug}/content/{id}")
public class ContentResource {

  private final TenantContext context;
  private final PaidContent paidContent;
  private final PublicAddress addresses;

  @Inject
  public ContentResource(TenantContext context, PaidContent paidContent, PublicAddress addresses) {
    this.context = context;
    this.paidContent = paidContent;
    this.addresses = addresses;
  }

  protected ContentResource() {
    this(null, null, null);
  }

  @GET
  public Response read(
      @PathParam("slug") String slug,
      @PathParam("id") String id,
      @Context HttpServletRequest request) {
    long contentId = MicroJson.id(id);
    String resource =
        RequestedResource.of(
            addresses,
            request,
            request.getContextPath() + "/api/v1/stores/" + slug + "/content/" + contentId);
    PaidContentAnswer answer =
        paidContent.answer(
            ApiCalls.store(context, slug),
            contentId,
            resource,
            request.getMethod(),
            request::getHeader,
            Optional.empty());
    Response.ResponseBuilder response =
        Response.status(answer.status()).type(answer.contentType()).entity(answer.body());
    answer.headers().forEach(response::header);
    return response.build();
  }
}
