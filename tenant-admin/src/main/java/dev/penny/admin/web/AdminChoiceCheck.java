package dev.penny.admin.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * A form post whose values the admin's forms could not take as sent — a select's value that was not
 * among its options (another store's id, an unknown theme), a value that is no yes or no — is
 * refused by Faces before anything is applied. The admin then says so at the top of the page with
 * status 400, as it does for every other refused form; without this the page came back as if
 * nothing had been sent.
 */
public class AdminChoiceCheck implements PhaseListener {

  private static final long serialVersionUID = 1L;

  static final String REFUSED =
      "A value sent is not one this form offers; nothing was saved. Reload the page and choose"
          + " again.";

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    if (!faces.isValidationFailed() || faces.getResponseComplete()) {
      return;
    }
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, REFUSED, null));
    faces.getExternalContext().setResponseStatus(400);
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // Judged once the values were converted and validated.
  }

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.PROCESS_VALIDATIONS;
  }
}
