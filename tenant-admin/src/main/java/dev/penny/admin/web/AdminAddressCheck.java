package dev.penny.admin.web;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * An editor's form may only be posted back to the address it was shown at: the id in the URL and
 * the id the form was loaded for must agree (a new-item form has none), else the post is answered
 * 404 as a GET of a wrong id would be, before any value is applied. Without this, the form of
 * product 12 posted to {@code /products/13} would change product 12 under 13's address.
 */
public class AdminAddressCheck implements PhaseListener {

  private static final long serialVersionUID = 1L;

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    if (!faces.isPostback() || faces.getViewRoot() == null || faces.getResponseComplete()) {
      return;
    }
    Optional<AdminAddress> address = existing();
    if (address.isPresent() && !address.get().agreesWith(AdminParameters.id())) {
      try {
        faces.getExternalContext().responseSendError(404, "Not found");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      faces.responseComplete();
    }
  }

  /** The view's address, if an editor recorded one (never created here). */
  private static Optional<AdminAddress> existing() {
    BeanManager beans = CDI.current().getBeanManager();
    Bean<?> bean = beans.resolve(beans.getBeans(AdminAddress.class));
    if (bean == null) {
      return Optional.empty();
    }
    return Optional.ofNullable((AdminAddress) beans.getContext(ViewScoped.class).get(bean));
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // Only the restored view can be checked.
  }

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }
}
