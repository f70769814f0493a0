package dev.penny.storefront.admin;

import dev.penny.platform.identity.StoreRole;
import dev.penny.platform.tenancy.ActiveTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The store being administered in this request, and what the signed-in member may do there. */
@Named("admin")
@RequestScoped
public class AdminContext {

  private ActiveTenant store;
  private StoreRole role;

  void bind(ActiveTenant store, StoreRole role) {
    this.store = store;
    this.role = role;
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
