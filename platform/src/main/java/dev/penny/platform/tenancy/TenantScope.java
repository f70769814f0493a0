package dev.penny.platform.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs work for one store outside a web request (start-up seeding, scheduled and batch jobs).
 *
 * <p>Hibernate fixes the tenant when a session opens, so the scope must be entered BEFORE the
 * transaction that does the work begins: {@code TenantScope.runAs(id, () ->
 * service.doInNewTransaction())}.
 */
public final class TenantScope {

  private static final ThreadLocal<Long> OVERRIDE = new ThreadLocal<>();

  private TenantScope() {}

  public static <T> T runAs(long tenantId, Supplier<T> work) {
    if (tenantId <= 0) {
      throw new IllegalArgumentException("Not a tenant id: " + tenantId);
    }
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
    runAs(
        tenantId,
        () -> {
          work.run();
          return null;
        });
  }

  static Optional<Long> override() {
    return Optional.ofNullable(OVERRIDE.get());
  }
}
