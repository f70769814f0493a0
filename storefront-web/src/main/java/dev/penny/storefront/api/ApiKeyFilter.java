package dev.penny.storefront.api;

import dev.penny.platform.tenancy.ActiveTenant;
import dev.penny.platform.tenancy.TenantContext;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Authenticates API calls by their {@code Authorization: Bearer <key>} against the store the call
 * addresses, before any resource method runs or any body is read. A call without a key goes on as
 * anonymous (the resource decides whether that is enough); a key this store refuses ends the call
 * with its problem. A later payment-key check (HTTP 402) sits beside this filter.
 */
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {

  private static final Logger LOG = Logger.getLogger(ApiKeyFilter.class.getName());

  @Context ResourceInfo resource;

  private final TenantContext tenantContext;
  private final ApiKeyGate keys;

  @Inject
  public ApiKeyFilter(TenantContext tenantContext, ApiKeyGate keys) {
    this.tenantContext = tenantContext;
    this.keys = keys;
  }

  /** Whether the matched method takes a shopper's spending key, which it checks itself. */
  private boolean spendingKeyCall() {
    return resource != null
        && resource.getResourceMethod() != null
        && resource.getResourceMethod().isAnnotationPresent(SpendingKeyCall.class);
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Optional<ActiveTenant> store = tenantContext.tenant();
    if (store.isEmpty() || spendingKeyCall()) {
      return;
    }
    ApiKeyGate.Outcome outcome =
        keys.check(request.getHeaderString(HttpHeaders.AUTHORIZATION), store.get());
    if (outcome instanceof ApiKeyGate.Outcome.Refused refused) {
      LOG.info(() -> "API key refused for store " + store.get().slug() + ": " + refused.code());
      request.abortWith(ApiProblems.response(refused.code(), refused.detail()));
    } else if (outcome instanceof ApiKeyGate.Outcome.Accepted accepted) {
      request.setProperty(ApiKeyGate.ATTRIBUTE, accepted.lookupId());
    }
  }
}
