package dev.penny.platform.tenancy;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Tells Hibernate which store a session belongs to: the override of {@link TenantScope} if one is
 * set, else the request's {@link TenantContext}, else {@link #NO_TENANT}, an id no row can have (a
 * CHECK constraint keeps {@code tenant_id > 0}), so that code running without a store reads nothing
 * and can write nothing.
 *
 * <p>Hibernate instantiates this class itself (no injection), so the request-scoped context is
 * looked up once through {@link CDI} and its client proxy kept.
 */
public class TenantIdentifierResolver implements CurrentTenantIdentifierResolver<Long> {

  public static final Long NO_TENANT = 0L;

  private volatile TenantContext context;

  @Override
  public Long resolveCurrentTenantIdentifier() {
    var override = TenantScope.override();
    if (override.isPresent()) {
      return override.get();
    }
    try {
      return context().tenant().map(ActiveTenant::id).orElse(NO_TENANT);
    } catch (ContextNotActiveException | IllegalStateException e) {
      return NO_TENANT;
    }
  }

  /** Only the id {@link TenantScope#acrossTenants} sets; never derived from request input. */
  @Override
  public boolean isRoot(Long tenantId) {
    return tenantId != null && tenantId == TenantScope.ACROSS_TENANTS;
  }

  @Override
  public boolean validateExistingCurrentSessions() {
    return false;
  }

  private TenantContext context() {
    TenantContext local = context;
    if (local == null) {
      local = CDI.current().select(TenantContext.class).get();
      context = local;
    }
    return local;
  }
}
