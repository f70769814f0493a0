package dev.penny.admin.store;

import dev.penny.admin.web.AdminContext;
import dev.penny.admin.web.AdminFormat;
import dev.penny.admin.web.AdminMessages;
import dev.penny.admin.web.AdminParameters;
import dev.penny.platform.identity.KeycloakAdmin.KeycloakUser;
import dev.penny.platform.identity.KeycloakAdminException;
import dev.penny.platform.identity.ShopperContext;
import dev.penny.platform.identity.StaffInvitations;
import dev.penny.platform.identity.StoreGroups;
import dev.penny.platform.input.InputChecks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The staff page: owners and staff of the store; owners invite and remove staff. */
@Named("staffAdmin")
@RequestScoped
public class StaffBean {

  private static final Logger LOG = Logger.getLogger(StaffBean.class.getName());

  /** An address as a mail server takes it: a dot-atom local part and a domain of labels. */
  private static final java.util.regex.Pattern EMAIL =
      java.util.regex.Pattern.compile(
          "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
              + "@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
              + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

  private final StoreGroups groups;
  private final StaffInvitations invitations;
  private final ShopperContext signedIn;
  private final AdminContext admin;
  private String email;
  private List<StaffInvitations.Pending> pending;
  private List<KeycloakUser> owners;
  private List<KeycloakUser> staff;

  @Inject
  public StaffBean(
      StoreGroups groups,
      StaffInvitations invitations,
      ShopperContext signedIn,
      AdminContext admin) {
    this.groups = groups;
    this.invitations = invitations;
    this.signedIn = signedIn;
    this.admin = admin;
  }

  protected StaffBean() {
    this(null, null, null, null);
  }

  public void invite() {
    if (!admin.allowOwnerAction("invite staff")) {
      return;
    }
    InputChecks checks = new InputChecks();
    String address = checks.text(email, "The email address", 254);
    if (address != null && !EMAIL.matcher(address).matches()) {
      checks.problem("The email address is not valid.");
    }
    if (!checks.ok()) {
      AdminMessages.refused(checks.problems());
      return;
    }
    if (has(getOwners(), address)) {
      AdminMessages.refused(List.of(address + " is an owner of this store already."));
      return;
    }
    if (has(getStaff(), address)) {
      AdminMessages.refused(List.of(address + " is on the staff already."));
      return;
    }
    String owner =
        signedIn.shopper().map(dev.penny.platform.identity.Shopper::subject).orElse("unknown");
    java.time.Instant expires = invitations.invite(admin.getStore(), address, owner);
    email = null;
    pending = null;
    AdminMessages.info(
        "An invitation was e-mailed to "
            + address
            + ". They join the staff once they open its link, sign in with that address (or"
            + " create an account with it) and accept, by "
            + new AdminFormat().when(expires)
            + ".");
  }

  /** Withdraws a pending invitation: its link no longer works. */
  public void cancelInvitation() {
    if (!admin.allowOwnerAction("cancel a staff invitation")) {
      return;
    }
    java.util.OptionalLong id = AdminParameters.id("invitation-cancel");
    if (id.isEmpty() || !invitations.cancel(admin.getStore().id(), id.getAsLong())) {
      gone("That invitation was accepted or withdrawn already.");
      return;
    }
    AdminMessages.info("Invitation withdrawn: its link no longer works.");
    AdminParameters.redirect(admin, "/staff");
  }

  /** The invitations no one has accepted yet (expired ones are not listed). */
  public List<StaffInvitations.Pending> getPending() {
    if (pending == null) {
      pending = invitations.pending(admin.getStore().id());
    }
    return pending;
  }

  public void remove() {
    if (!admin.allowOwnerAction("remove staff")) {
      return;
    }
    String userId = AdminParameters.get("staff-remove");
    if (userId == null || !userId.matches("[0-9a-fA-F-]{1,64}")) {
      AdminMessages.notFound();
      return;
    }
    try {
      if (!groups.removeStaff(admin.getStore().slug(), userId)) {
        gone("They are not on the staff (any more).");
        return;
      }
      AdminMessages.info("Removed from the staff.");
      AdminParameters.redirect(admin, "/staff");
    } catch (KeycloakAdminException e) {
      unavailable(e);
    }
  }

  /** What a form acted on is not there (any more): said on the page, with status 404. */
  private void gone(String message) {
    AdminMessages.gone(message);
    staff = null;
    pending = null;
  }

  private static boolean has(List<KeycloakUser> members, String address) {
    return members.stream().anyMatch(m -> address.equalsIgnoreCase(m.email()));
  }

  private static void unavailable(KeycloakAdminException e) {
    LOG.log(Level.WARNING, "Keycloak admin call failed", e);
    AdminMessages.error("The sign-in service did not answer; nothing was changed. Try again.");
    FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(503);
  }

  public List<KeycloakUser> getOwners() {
    if (owners == null) {
      owners = safely(() -> groups.owners(admin.getStore().slug()));
    }
    return owners;
  }

  public List<KeycloakUser> getStaff() {
    if (staff == null) {
      staff = safely(() -> groups.staff(admin.getStore().slug()));
    }
    return staff;
  }

  private static List<KeycloakUser> safely(java.util.function.Supplier<List<KeycloakUser>> call) {
    try {
      return call.get();
    } catch (KeycloakAdminException e) {
      LOG.log(Level.WARNING, "Keycloak admin call failed", e);
      return List.of();
    }
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
