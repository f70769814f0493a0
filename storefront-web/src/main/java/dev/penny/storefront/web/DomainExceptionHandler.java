package dev.penny.storefront.web;

import dev.penny.platform.problem.DomainException;
import dev.penny.platform.problem.InvalidInputException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
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
 * was changed (the service's transaction rolled back). Any other exception goes on to the error
 * page as before.
 */
public class DomainExceptionHandler extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(DomainExceptionHandler.class.getName());

  public DomainExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Optional<DomainException> refusal = domainCause(events.next().getContext().getException());
      if (refusal.isPresent()) {
        events.remove();
        show(FacesContext.getCurrentInstance(), refusal.get());
      }
    }
    getWrapped().handle();
  }

  private static void show(FacesContext faces, DomainException refusal) {
    LOG.fine(() -> "Refused on a page: " + refusal.code());
    if (refusal.status() == 404) {
      try {
        faces.getExternalContext().responseSendError(404, "Not found");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      faces.responseComplete();
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
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof DomainException domain) {
        return Optional.of(domain);
      }
    }
    return Optional.empty();
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
