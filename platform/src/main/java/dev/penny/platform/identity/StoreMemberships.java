package dev.penny.platform.identity;

import dev.penny.platform.tenancy.TenantSlug;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The stores a user belongs to, read from the identity provider's group paths ({@code
 * /tenants/{slug}/owner}, {@code /tenants/{slug}/staff}). Anything else is ignored; an owner who is
 * also listed as staff is an owner.
 */
public final class StoreMemberships {

  private static final String PREFIX = "/tenants/";

  private final Map<String, StoreRole> bySlug;

  private StoreMemberships(Map<String, StoreRole> bySlug) {
    this.bySlug = Collections.unmodifiableMap(bySlug);
  }

  public static StoreMemberships none() {
    return new StoreMemberships(Map.of());
  }

  public static StoreMemberships fromGroupPaths(Collection<String> paths) {
    Map<String, StoreRole> roles = new HashMap<>();
    for (String path : paths) {
      if (path == null || !path.startsWith(PREFIX)) {
        continue;
      }
      String[] parts = path.substring(PREFIX.length()).split("/", -1);
      if (parts.length != 2 || !TenantSlug.isWellFormed(parts[0])) {
        continue;
      }
      StoreRole role =
          switch (parts[1]) {
            case "owner" -> StoreRole.OWNER;
            case "staff" -> StoreRole.STAFF;
            default -> null;
          };
      if (role != null) {
        roles.merge(parts[0], role, (a, b) -> a == StoreRole.OWNER ? a : b);
      }
    }
    return new StoreMemberships(roles);
  }

  public Optional<StoreRole> roleIn(String slug) {
    return Optional.ofNullable(bySlug.get(slug));
  }

  public Map<String, StoreRole> asMap() {
    return bySlug;
  }
}
