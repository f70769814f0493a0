package dev.penny.storefront.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/**
 * The public REST API. Resources and providers are listed, not scanned, so that a library's JAX-RS
 * classes on the class path can never join the API by accident. The API is described by the
 * hand-written OpenAPI document {@code META-INF/openapi.yaml} (served at {@code /openapi};
 * annotation scanning is off), the one place its contract is written.
 */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        ProductsResource.class,
        OrdersResource.class,
        ContentResource.class,
        MicroResource.class,
        SandboxResource.class,
        SettlementsResource.class,
        RefundsResource.class,
        WebhooksResource.class,
        SandboxSettlementResource.class,
        ApiKeyFilter.class,
        QueryParameterFilter.class,
        BodyTypeFilter.class,
        DomainExceptionMapper.class,
        WebApplicationExceptionMapper.class,
        MalformedJsonMapper.class,
        MoneyExceptionMapper.class,
        UnexpectedExceptionMapper.class);
  }

  /** No generated WADL ({@code /api/v1/application.wadl}): the contract is the OpenAPI document. */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
