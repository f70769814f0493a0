package dev.penny.platform.tenancy;

import java.util.Objects;

/**
 * Where a request points: the store slug it names, the path below the store (always starting with
 * {@code /}), and the base path that links inside this store must start with ({@code /s/demo-books}
 * when addressed by path, empty when addressed by host or through the API), and whether the request
 * came to the store's own host name ({@code demo-books.localhost}).
 */
public record TenantRoute(String slug, String pathInStore, String basePath, boolean onStoreHost) {
  public TenantRoute {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(pathInStore, "pathInStore");
    Objects.requireNonNull(basePath, "basePath");
  }

  /** A page route: on the store's host exactly when its links need no base path. */
  public TenantRoute(String slug, String pathInStore, String basePath) {
    this(slug, pathInStore, basePath, basePath.isEmpty());
  }

  /**
   * The store addressed by its path, {@code /s/{slug}}: how a page outside the store's own routing
   * (the tenant admin, an image's address) names it.
   */
  public static TenantRoute byPath(String slug, String pathInStore) {
    return new TenantRoute(slug, pathInStore, TenantRouting.STORE_PATH_PREFIX + slug);
  }

  /** The address within the application: {@code /s/demo-books/media/12}, or the bare path. */
  public String address() {
    return basePath + pathInStore;
  }
}
