package dev.penny.admin.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UICommand;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * A post of an admin form or button that the page does not show to this person — an owner's form or
 * button posted by staff, or one the page no longer has (an order refunded meanwhile) — is said to
 * be refused (403 for staff, 400 otherwise) before anything is applied. Faces itself ignores a form
 * it did not render and answers the page again with 200 and no word, which leaves the poster
 * believing it was done.
 */
public class AdminFormCheck implements PhaseListener {

  private static final long serialVersionUID = 1L;

  static final String NOT_SHOWN =
      "That form is not on this page (any more); nothing was saved. Reload the page.";

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    if (!faces.isPostback()
        || faces.getViewRoot() == null
        || faces.getResponseComplete()
        || !faces.getViewRoot().getViewId().startsWith("/admin-views/")) {
      return;
    }
    if (postsSomethingNotShown(faces)) {
      AdminContext admin = CDI.current().select(AdminContext.class).get();
      if (admin.getStore() != null && !admin.isOwner()) {
        admin.allowOwnerAction("do that");
      } else {
        AdminMessages.error(NOT_SHOWN);
        faces.getExternalContext().setResponseStatus(400);
      }
      faces.renderResponse();
    }
  }

  /**
   * True when the post names a form or a button of the page (by its client id, as Faces posts them)
   * that the page does not show to this person.
   */
  private static boolean postsSomethingNotShown(FacesContext faces) {
    boolean[] notShown = {false};
    for (String name : faces.getExternalContext().getRequestParameterMap().keySet()) {
      if (name.length() > 100 || notShown[0]) {
        continue;
      }
      try {
        // By client id, through forms (findComponent stops at each form, a naming container).
        faces
            .getViewRoot()
            .invokeOnComponent(
                faces,
                name,
                (context, found) ->
                    notShown[0] |=
                        (found instanceof UIForm || found instanceof UICommand) && !shown(found));
      } catch (RuntimeException notAnId) {
        // A field that is no component's client id.
      }
    }
    return notShown[0];
  }

  private static boolean shown(UIComponent component) {
    for (UIComponent c = component; c != null; c = c.getParent()) {
      if (!c.isRendered()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // Judged on the restored view.
  }

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }
}
