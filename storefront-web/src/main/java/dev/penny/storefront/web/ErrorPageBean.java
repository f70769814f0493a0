package dev.penny.storefront.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;

/** What the general error page says for the status it shows. */
@Named("errorPage")
@RequestScoped
public class ErrorPageBean {

  public String getMessage() {
    Object code =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestMap()
            .get(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 400;
    return switch (status) {
      case 401 -> "You need to sign in for this.";
      case 403 ->
          "You are not allowed to do this. If you came from a form, open it again and"
              + " send it from there.";
      case 405 -> "This address does not take that kind of request.";
      case 413 -> "What was sent is too large.";
      case 415 -> "What was sent is not in a format this address takes.";
      default -> "The request could not be handled (HTTP " + status + ").";
    };
  }
}
