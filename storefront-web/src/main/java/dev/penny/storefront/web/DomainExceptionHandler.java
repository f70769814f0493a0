package dev.penny.storefront.web;

import dev.penny.platform.problem.DomainException;
import dev.penny.platform.problem.InvalidInputException;
import dev.penny.platform.problem.Refusals;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The one place a page turns a domain refusal into what the person sees: a {@link DomainException}
 * escaping an action (or a view's load) becomes error messages on the same page with the
 * exception's status (400 for bad input, 403, 409 ...), or the "not found" page for a 404. Nothing
 * was changed (the service's transaction rolled back). A post whose view state cannot be restored
 * (expired, foreign or forged) goes back to its form with "This page has expired". Any other
 * exception goes on to the error page as before.
 */
public class DomainExceptionHandler extends ExceptionHandlerWrapper {

  private static final String VIEW_STATE = "jakarta.faces.ViewState";

  private static final Logger LOG = Logger.getLogger(DomainExceptionHandler.class.getName());

  public DomainExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable thrown = events.next().getContext().getException();
      Optional<DomainException> refusal = domainCause(thrown);
      if (refusal.isPresent()) {
        events.remove();
        show(faces, refusal.get());
      } else if (isUnrestorableView(faces, thrown)) {
        events.remove();
        sendBackToTheForm(faces);
      } else if (faces.getCurrentPhaseId() == PhaseId.APPLY_REQUEST_VALUES) {
        // Decoding failed: the post is not shaped as the form sends it (e.g. a file form posted
        // without multipart). The client's mistake, and nothing was applied.
        events.remove();
        LOG.fine(() -> "A form post could not be decoded: " + thrown);
        sendError(faces, 400);
      }
    }
    getWrapped().handle();
  }

  /**
   * A post whose view state cannot be restored: expired (the session's views were dropped, or the
   * server restarted), from another session, or not a view state at all. Mojarra reports the first
   * as a {@link ViewExpiredException} and the others as whatever parsing the value threw, always
   * while restoring the view.
   */
  static boolean isUnrestorableView(FacesContext faces, Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ViewExpiredException) {
        return true;
      }
    }
    return faces.getCurrentPhaseId() == PhaseId.RESTORE_VIEW
        && faces.getExternalContext().getRequestParameterMap().containsKey(VIEW_STATE);
  }

  /**
   * Sends the browser back to the address it posted to, where the form is shown fresh with "This
   * page has expired": nothing was changed, and posting again works.
   */
  private static void sendBackToTheForm(FacesContext faces) {
    LOG.fine("A form was posted with a view state that cannot be restored");
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_WARN, "This page has expired, please try again.", null));
    faces.getExternalContext().getFlash().setKeepMessages(true);
    var request = faces.getExternalContext().getRequestMap();
    Object forwarded = request.get("jakarta.servlet.forward.request_uri");
    Object query = request.get("jakarta.servlet.forward.query_string");
    String path =
        forwarded != null
            ? forwarded.toString()
            : ((jakarta.servlet.http.HttpServletRequest) faces.getExternalContext().getRequest())
                .getRequestURI();
    try {
      faces.getExternalContext().redirect(path + (query == null ? "" : "?" + query));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  private static void sendError(FacesContext faces, int status) {
    try {
      faces.getExternalContext().responseSendError(status, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  private static void show(FacesContext faces, DomainException refusal) {
    LOG.fine(() -> "Refused on a page: " + refusal.code());
    if (refusal.status() == 404) {
      sendError(faces, 404);
      return;
    }
    List<String> messages =
        refusal instanceof InvalidInputException invalid
            ? invalid.problems()
            : List.of(refusal.getMessage());
    messages.forEach(
        m -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, m, null)));
    faces.getExternalContext().setResponseStatus(refusal.status());
    faces.renderResponse();
  }

  static Optional<DomainException> domainCause(Throwable thrown) {
    return Refusals.of(thrown);
  }

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new DomainExceptionHandler(getWrapped().getExceptionHandler());
    }
  }
}
