package dev.penny.storefront.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Ends a Faces request with an error status, rendered by the matching error page. */
public final class FacesResponses {

  private FacesResponses() {}

  public static void notFound() {
    sendError(404);
  }

  static void badRequest() {
    sendError(400);
  }

  private static void sendError(int status) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    try {
      external.responseSendError(status, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
