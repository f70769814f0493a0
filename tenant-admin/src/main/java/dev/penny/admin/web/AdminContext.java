package dev.penny.admin.web;

import dev.penny.platform.identity.StoreRole;
import dev.penny.platform.tenancy.ActiveTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.logging.Logger;

/** The store being administered in this request, and what the signed-in member may do there. */
@Named("admin")
@RequestScoped
public class AdminContext {

  private static final Logger LOG = Logger.getLogger(AdminContext.class.getName());

  private ActiveTenant store;
  private StoreRole role;

  void bind(ActiveTenant store, StoreRole role) {
    this.store = store;
    this.role = role;
  }

  /**
   * True when the member is an owner; otherwise refuses the action: a message on the page, status
   * 403 and a WARNING log line naming the user, store and action.
   */
  public boolean allowOwnerAction(String action) {
    if (isOwner()) {
      return true;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    String user =
        faces.getExternalContext().getUserPrincipal() == null
            ? "?"
            : faces.getExternalContext().getUserPrincipal().getName();
    LOG.warning(
        () -> "Refused '" + action + "' by staff member '" + user + "' in store " + store.slug());
    AdminMessages.error("Only the store's owners can " + action + ".");
    faces.getExternalContext().setResponseStatus(403);
    return false;
  }

  public ActiveTenant getStore() {
    return store;
  }

  public StoreRole getRole() {
    return role;
  }

  public boolean isOwner() {
    return role == StoreRole.OWNER;
  }

  /** The prefix of this store's admin pages, e.g. {@code /admin/demo-books}. */
  public String getBase() {
    return "/admin/" + store.slug();
  }
}
