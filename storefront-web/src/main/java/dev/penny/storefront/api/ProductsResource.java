package dev.penny.storefront.api;

import dev.penny.platform.catalog.ProductService;
import dev.penny.platform.json.Jsonp;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.problem.InvalidInputException;
import dev.penny.platform.problem.ItemNotFoundException;
import dev.penny.platform.tenancy.ActiveTenant;
import dev.penny.platform.tenancy.TenantContext;
import dev.penny.platform.tenancy.TenantRoute;
import dev.penny.storefront.catalog.CatalogLoader;
import dev.penny.storefront.catalog.CatalogViews.ProductDetail;
import dev.penny.storefront.catalog.StorefrontCatalog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * A store's products. The store was resolved from the path by the request filter and bound to the
 * request; an unknown or closed store never reaches this class.
 */
@Path("stores/{slug}/products")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ProductsResource {

  private static final java.util.regex.Pattern ID =
      java.util.regex.Pattern.compile("[1-9][0-9]{0,17}");

  private final TenantContext context;
  private final CatalogLoader loader;
  private final StorefrontCatalog catalog;
  private final ProductService products;

  @Inject
  public ProductsResource(
      TenantContext context,
      CatalogLoader loader,
      StorefrontCatalog catalog,
      ProductService products) {
    this.context = context;
    this.loader = loader;
    this.catalog = catalog;
    this.products = products;
  }

  protected ProductsResource() {
    this(null, null, null, null);
  }

  @GET
  public JsonObject list(
      @PathParam("slug") String slug,
      @jakarta.ws.rs.QueryParam("limit") String limitParam,
      @jakarta.ws.rs.QueryParam("cursor") String cursorParam,
      @Context UriInfo uri) {
    ActiveTenant tenant = ApiCalls.store(context, slug);
    ListQuery query = ListQuery.from(uri.getQueryParameters());
    List<ProductDetail> page = loader.productsAfter(query.afterId(), query.limit() + 1);
    boolean hasMore = page.size() > query.limit();
    List<ProductDetail> shown = hasMore ? page.subList(0, query.limit()) : page;
    JsonArrayBuilder data = Jsonp.JSON.createArrayBuilder();
    shown.forEach(p -> data.add(ProductJson.product(p, storeBase(tenant))));
    var json =
        Jsonp.JSON
            .createObjectBuilder()
            .add("object", "list")
            .add("data", data)
            .add("has_more", hasMore);
    if (hasMore) {
      json.add("next_cursor", ListQuery.cursorAfter(shown.get(shown.size() - 1).id()));
    } else {
      json.addNull("next_cursor");
    }
    return json.build();
  }

  @GET
  @Path("{id}")
  public JsonObject get(
      @PathParam("slug") String slug, @PathParam("id") String id, @Context UriInfo uri) {
    ActiveTenant tenant = ApiCalls.store(context, slug);
    if (!uri.getQueryParameters().isEmpty()) {
      String name = uri.getQueryParameters().keySet().iterator().next();
      throw new ApiRequestException(
          ErrorCode.UNKNOWN_PARAMETER,
          "Unknown query parameter '" + (name.length() > 40 ? name.substring(0, 40) : name) + "'");
    }
    if (!ID.matcher(id).matches()) {
      throw new ApiRequestException(
          ErrorCode.INVALID_ID, "A product id is a positive whole number");
    }
    return catalog
        .product(Long.parseLong(id))
        .map(p -> ProductJson.product(p, storeBase(tenant)))
        .orElseThrow(
            () ->
                new ApiRequestException(
                    ErrorCode.PRODUCT_NOT_FOUND, "No such product in this store"));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(
      @PathParam("slug") String slug, InputStream body, @Context HttpServletRequest request) {
    ActiveTenant tenant = ApiCalls.store(context, slug);
    ApiCalls.requireApiKey(request);
    long id;
    try {
      id = products.create(tenant, ProductInputJson.read(JsonBody.object(body)), Optional.empty());
    } catch (InvalidInputException e) {
      throw new ApiRequestException(ErrorCode.INVALID_PRODUCT, e.getMessage());
    }
    JsonObject created =
        catalog
            .product(id)
            .map(p -> ProductJson.product(p, storeBase(tenant)))
            .orElseThrow(() -> new IllegalStateException("Product " + id + " vanished"));
    return Response.status(201)
        .location(java.net.URI.create("/api/v1/stores/" + slug + "/products/" + id))
        .entity(created)
        .build();
  }

  @DELETE
  @Path("{id}")
  public Response archive(
      @PathParam("slug") String slug,
      @PathParam("id") String id,
      @Context HttpServletRequest request) {
    ActiveTenant tenant = ApiCalls.store(context, slug);
    ApiCalls.requireApiKey(request);
    if (!ID.matcher(id).matches()) {
      throw new ApiRequestException(
          ErrorCode.INVALID_ID, "A product id is a positive whole number");
    }
    try {
      products.archive(tenant, Long.parseLong(id), true);
    } catch (ItemNotFoundException e) {
      throw new ApiRequestException(ErrorCode.PRODUCT_NOT_FOUND, "No such product in this store");
    }
    return Response.noContent().build();
  }

  private static String storeBase(ActiveTenant tenant) {
    return TenantRoute.byPath(tenant.slug(), "/").basePath();
  }
}
