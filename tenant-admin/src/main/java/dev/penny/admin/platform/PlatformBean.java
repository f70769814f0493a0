package dev.penny.admin.platform;

import dev.penny.platform.tenancy.ActiveTenant;
import dev.penny.platform.tenancy.PlatformStoresService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The platform operators' page: every store, with suspend and resume. */
@Named("platform")
@RequestScoped
public class PlatformBean {

  private final PlatformStoresService service;
  private List<ActiveTenant> stores;

  @Inject
  public PlatformBean(PlatformStoresService service) {
    this.service = service;
  }

  protected PlatformBean() {
    this(null);
  }

  public List<ActiveTenant> getStores() {
    if (stores == null) {
      stores = service.allStoresAcrossTenants();
    }
    return stores;
  }

  public void suspend(String slug) {
    service.suspend(slug, operator());
    done("Store " + slug + " suspended.");
  }

  public void resume(String slug) {
    service.resume(slug, operator());
    done("Store " + slug + " resumed.");
  }

  private void done(String message) {
    stores = null;
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
  }

  private static String operator() {
    return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
  }
}
