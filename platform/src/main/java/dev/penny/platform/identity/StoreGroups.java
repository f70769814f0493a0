package dev.penny.platform.identity;

import dev.penny.platform.identity.KeycloakAdmin.KeycloakUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * A store's membership, kept in Keycloak as groups {@code /tenants/{slug}/owner} and {@code
 * /tenants/{slug}/staff} (Penny reads them from the {@code tenant_groups} claim at sign-in).
 */
@ApplicationScoped
public class StoreGroups {

  private static final String ROOT = "tenants";

  private final KeycloakAdmin keycloak;
  private final LiveMemberships memberships;

  @Inject
  public StoreGroups(KeycloakAdmin keycloak, LiveMemberships memberships) {
    this.keycloak = keycloak;
    this.memberships = memberships;
  }

  protected StoreGroups() {
    this(null, null);
  }

  /**
   * Creates the store's groups with {@code ownerUserId} as owner. Groups left over under the same
   * slug (from a store that no longer exists) are deleted first, so nobody inherits a membership.
   */
  public void provision(String slug, String ownerUserId) {
    keycloak.groupIdByPath("/" + ROOT + "/" + slug).ifPresent(keycloak::deleteGroup);
    String root =
        keycloak
            .groupIdByPath("/" + ROOT)
            .orElseGet(() -> keycloak.createGroup(Optional.empty(), ROOT));
    String store = keycloak.createGroup(Optional.of(root), slug);
    String owners = keycloak.createGroup(Optional.of(store), "owner");
    keycloak.createGroup(Optional.of(store), "staff");
    keycloak.addToGroup(ownerUserId, owners);
    memberships.forget(ownerUserId);
  }

  /** Removes the store's groups (undoing a store that could not be opened). */
  public void remove(String slug) {
    keycloak.groupIdByPath("/" + ROOT + "/" + slug).ifPresent(keycloak::deleteGroup);
  }

  public List<KeycloakUser> owners(String slug) {
    return keycloak.groupMembers(group(slug, "owner"));
  }

  public List<KeycloakUser> staff(String slug) {
    return keycloak.groupMembers(group(slug, "staff"));
  }

  /**
   * Puts the user into the store's staff group (they accepted an invitation: {@link
   * StaffInvitations}); adding a member again changes nothing.
   */
  public void addStaff(String slug, String userId) {
    keycloak.addToGroup(userId, group(slug, "staff"));
    memberships.forget(userId);
  }

  /**
   * Takes the user off the store's staff and ends their Keycloak sessions; the admin gate checks
   * memberships live, so their access ends with it. False when the user is not on the staff.
   */
  public boolean removeStaff(String slug, String userId) {
    String staffGroup = group(slug, "staff");
    boolean member =
        keycloak.groupMembers(staffGroup).stream().anyMatch(u -> u.id().equals(userId));
    if (member) {
      keycloak.removeFromGroup(userId, staffGroup);
      keycloak.signOutEverywhere(userId);
      memberships.forget(userId);
    }
    return member;
  }

  private String group(String slug, String role) {
    return keycloak
        .groupIdByPath("/" + ROOT + "/" + slug + "/" + role)
        .orElseThrow(
            () ->
                new KeycloakAdminException("Keycloak has no group /tenants/" + slug + "/" + role));
  }
}
