package dev.penny.platform.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.penny.platform.cluster.FromAnotherServer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * A user's store memberships as Keycloak has them now, not as the sign-in token had them: a staff
 * member removed from a store loses its admin at once on the server that removed them, on the
 * cluster's other servers as soon as they hear of it (a {@link MembershipsChanged}), and within
 * {@link #FRESHNESS} anywhere (a change made in Keycloak's own console); an owner of a store opened
 * a moment ago has it at once.
 */
@ApplicationScoped
public class LiveMemberships {

  static final Duration FRESHNESS = Duration.ofSeconds(30);

  private final KeycloakAdmin keycloak;
  private final Event<MembershipsChanged> changed;
  private final Cache<String, StoreMemberships> byUser =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(FRESHNESS).build();

  @Inject
  public LiveMemberships(KeycloakAdmin keycloak, Event<MembershipsChanged> changed) {
    this.keycloak = keycloak;
    this.changed = changed;
  }

  protected LiveMemberships() {
    this(null, null);
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
    changed.fire(new MembershipsChanged(userId));
  }

  void forgetChangedElsewhere(
      @Observes(notifyObserver = Reception.IF_EXISTS) @FromAnotherServer
          MembershipsChanged change) {
    byUser.invalidate(change.userId());
  }
}
