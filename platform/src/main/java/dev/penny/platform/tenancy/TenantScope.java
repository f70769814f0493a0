package dev.penny.platform.tenancy;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Runs work for one store outside a web request (start-up seeding, scheduled and batch jobs), or,
 * through the one named seam {@link #acrossTenants}, over every store at once.
 *
 * <p>Hibernate fixes the tenant when a session opens, so the scope must be entered BEFORE the
 * transaction that does the work begins: {@code TenantScope.runAs(id, () ->
 * service.doInNewTransaction())}. The scope belongs to the calling thread, so a Jakarta Batch step
 * or an executor task enters it itself, on its own thread.
 */
public final class TenantScope {

  /**
   * The tenant id Hibernate sees inside {@link #acrossTenants}: its resolver calls it the root, so
   * reads are not filtered; a write would carry it and the {@code tenant_id > 0} CHECK refuses it.
   */
  public static final long ACROSS_TENANTS = -1L;

  private static final Logger LOG = Logger.getLogger(TenantScope.class.getName());
  private static final ThreadLocal<Long> OVERRIDE = new ThreadLocal<>();

  private TenantScope() {}

  public static <T> T runAs(long tenantId, Supplier<T> work) {
    if (tenantId <= 0) {
      throw new IllegalArgumentException("Not a tenant id: " + tenantId);
    }
    return scoped(tenantId, work);
  }

  /**
   * Runs {@code work} with the tenant filter off: every store's rows are visible. This is the only
   * sanctioned way to work across stores (settlement, the operator's views); {@code purpose} is
   * logged, and every query that relies on it says so in its name ({@code ...AcrossTenants}).
   * Inside, {@link #runAs} narrows back to one store, e.g. to write a store's settlement.
   */
  public static <T> T acrossTenants(String purpose, Supplier<T> work) {
    if (purpose == null || purpose.isBlank()) {
      throw new IllegalArgumentException("Say why the work runs across stores");
    }
    LOG.fine(() -> "Across tenants: " + purpose);
    return scoped(ACROSS_TENANTS, work);
  }

  public static void acrossTenants(String purpose, Runnable work) {
    acrossTenants(purpose, asSupplier(work));
  }

  private static Supplier<Void> asSupplier(Runnable work) {
    return () -> {
      work.run();
      return null;
    };
  }

  /** True inside {@link #acrossTenants} (and not narrowed by {@link #runAs}). */
  public static boolean isAcrossTenants() {
    Long current = OVERRIDE.get();
    return current != null && current == ACROSS_TENANTS;
  }

  private static <T> T scoped(long tenantId, Supplier<T> work) {
    Long previous = OVERRIDE.get();
    OVERRIDE.set(tenantId);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        OVERRIDE.remove();
      } else {
        OVERRIDE.set(previous);
      }
    }
  }

  public static void runAs(long tenantId, Runnable work) {
    runAs(tenantId, asSupplier(work));
  }

  static Optional<Long> override() {
    return Optional.ofNullable(OVERRIDE.get());
  }
}
