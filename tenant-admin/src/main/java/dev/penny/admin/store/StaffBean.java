package dev.penny.admin.store;

import dev.penny.admin.web.AdminContext;
import dev.penny.admin.web.AdminMessages;
import dev.penny.admin.web.AdminParameters;
import dev.penny.platform.identity.KeycloakAdmin.KeycloakUser;
import dev.penny.platform.identity.KeycloakAdminException;
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
  private final AdminContext admin;
  private String email;
  private String temporaryPassword;
  private String invitedEmail;
  private List<KeycloakUser> owners;
  private List<KeycloakUser> staff;

  @Inject
  public StaffBean(StoreGroups groups, AdminContext admin) {
    this.groups = groups;
    this.admin = admin;
  }

  protected StaffBean() {
    this(null, null);
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
    try {
      StoreGroups.Invitation invitation = groups.inviteStaff(admin.getStore().slug(), address);
      invitedEmail = address;
      temporaryPassword = invitation.temporaryPassword().orElse(null);
      email = null;
      staff = null;
      AdminMessages.info(
          invitation.temporaryPassword().isPresent()
              ? address
                  + " now has an account and is on the staff. Give them the temporary"
                  + " password below; they choose their own at first sign-in."
              : address
                  + " is on the staff now. They see this store's admin at their next sign-in.");
    } catch (KeycloakAdminException e) {
      unavailable(e);
    }
  }

  public void remove() {
    if (!admin.allowOwnerAction("remove staff")) {
      return;
    }
    String userId = AdminParameters.get("staff-remove-id");
    if (userId == null || !userId.matches("[0-9a-fA-F-]{1,64}")) {
      AdminMessages.notFound();
      return;
    }
    try {
      if (!groups.removeStaff(admin.getStore().slug(), userId)) {
        AdminMessages.notFound();
        return;
      }
      AdminMessages.info("Removed from the staff.");
      AdminParameters.redirect(admin, "/staff");
    } catch (KeycloakAdminException e) {
      unavailable(e);
    }
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

  public String getTemporaryPassword() {
    return temporaryPassword;
  }

  public String getInvitedEmail() {
    return invitedEmail;
  }
}
