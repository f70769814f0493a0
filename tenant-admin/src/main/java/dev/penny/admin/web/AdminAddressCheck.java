package dev.penny.admin.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.OptionalLong;

/**
 * An editor's form may only be posted back to the address it was shown at: the id in the URL and
 * the id the form was loaded for must agree (a new-item form has none), else the post is answered
 * 404 as a GET of a wrong id would be, before any value is applied. Without this, the form of
 * product 12 posted to {@code /products/13} would change product 12 under 13's address.
 */
public class AdminAddressCheck implements PhaseListener {

  private static final long serialVersionUID = 1L;
  private static final String KEY = "penny.admin.address";
  private static final String NEW = "new";

  /** Called by an editor when it loads its form: the id this view edits, empty for a new item. */
  public static void remember(OptionalLong id) {
    UIViewRoot root = FacesContext.getCurrentInstance().getViewRoot();
    root.getAttributes().put(KEY, address(id));
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    UIViewRoot root = faces.getViewRoot();
    if (!faces.isPostback() || root == null || faces.getResponseComplete()) {
      return;
    }
    Object loadedFor = root.getAttributes().get(KEY);
    if (loadedFor != null && !loadedFor.equals(address(AdminParameters.id()))) {
      try {
        faces.getExternalContext().responseSendError(404, "Not found");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      faces.responseComplete();
    }
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // Only the restored view can be checked.
  }

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  private static String address(OptionalLong id) {
    return id.isPresent() ? Long.toString(id.getAsLong()) : NEW;
  }
}
