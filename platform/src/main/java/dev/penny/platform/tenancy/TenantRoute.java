package dev.penny.platform.tenancy;

import java.util.Objects;

/**
 * Where a request points: the store slug it names, the path below the store (always starting with
 * {@code /}), and the base path that links inside this store must start with ({@code /s/demo-books}
 * when addressed by path, empty when addressed by host).
 */
public record TenantRoute(String slug, String pathInStore, String basePath) {
  public TenantRoute {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(pathInStore, "pathInStore");
    Objects.requireNonNull(basePath, "basePath");
  }
}
