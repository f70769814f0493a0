package dev.penny.platform.tenancy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Optional;

/**
 * The store of the current request, set once by the web layer after it resolved the host or path.
 * Hibernate reads it (through {@link TenantIdentifierResolver}) to stamp and filter every
 * tenant-owned row, so code above never passes the tenant by hand.
 */
@RequestScoped
public class TenantContext {

  private ActiveTenant tenant;
  private String basePath = "";
  private boolean onStoreHost;

  /**
   * Binds this request to the store {@code route} names (the one way a request gets its store; the
   * caller resolved {@code tenant} from {@code route.slug()}). A request is bound at most once.
   */
  public void bind(ActiveTenant tenant, TenantRoute route) {
    if (!tenant.slug().equals(route.slug())) {
      throw new IllegalArgumentException("The route names another store");
    }
    if (this.tenant != null && this.tenant.id() != tenant.id()) {
      throw new IllegalStateException("The request is already bound to another store");
    }
    this.tenant = tenant;
    this.basePath = route.basePath();
    this.onStoreHost = route.onStoreHost();
  }

  public Optional<ActiveTenant> tenant() {
    return Optional.ofNullable(tenant);
  }

  /** True when the request came to a store's own host name ({@code demo-books.example}). */
  public boolean isOnStoreHost() {
    return tenant != null && onStoreHost;
  }

  /** The path that links inside this store begin with: {@code /s/demo-books}, or empty. */
  public String basePath() {
    return basePath;
  }

  /**
   * Dependent, not request-scoped, because a record cannot be proxied: inject it into
   * request-scoped beans only.
   */
  @Produces
  @CurrentTenant
  ActiveTenant currentTenant() {
    if (tenant == null) {
      throw new NoTenantException();
    }
    return tenant;
  }
}
