package dev.penny.platform.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * A user's store memberships as Keycloak has them now, not as the sign-in token had them: a staff
 * member removed from a store loses its admin within {@link #FRESHNESS} on every instance (at once
 * on the instance that removed them), and an owner of a store opened a moment ago has it at once.
 */
@ApplicationScoped
public class LiveMemberships {

  static final Duration FRESHNESS = Duration.ofSeconds(30);

  private final KeycloakAdmin keycloak;
  private final Cache<String, StoreMemberships> byUser =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(FRESHNESS).build();

  @Inject
  public LiveMemberships(KeycloakAdmin keycloak) {
    this.keycloak = keycloak;
  }

  protected LiveMemberships() {
    this(null);
  }

  /**
   * @throws dev.penny.platform.identity.KeycloakAdminException when Keycloak cannot say; the caller
   *     refuses the request (fail closed)
   */
  public StoreMemberships of(String userId) {
    return byUser.get(userId, id -> StoreMemberships.fromGroupPaths(keycloak.groupPathsOf(id)));
  }

  public void forget(String userId) {
    byUser.invalidate(userId);
  }
}
