package dev.penny.storefront.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The public REST API. Resources and providers are listed, not scanned, so that a library's JAX-RS
 * classes on the class path can never join the API by accident.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Penny API",
            version = "1",
            description =
                "Stores, catalogs and (later) payments. Errors are RFC 9457 problem+json with a"
                    + " stable `code`; lists use cursor pagination."))
public class ApiApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        ProductsResource.class,
        ApiKeyFilter.class,
        DomainExceptionMapper.class,
        WebApplicationExceptionMapper.class,
        MalformedJsonMapper.class,
        UnexpectedExceptionMapper.class);
  }
}
