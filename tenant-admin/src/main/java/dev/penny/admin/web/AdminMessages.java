package dev.penny.admin.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;

/** Messages at the top of an admin page; a refused form also answers 400. */
public final class AdminMessages {

  private AdminMessages() {}

  /**
   * A name typed by someone, set apart inside a sentence (Unicode first-strong isolate ... pop
   * directional isolate): a right-to-left override in it cannot reorder the message around it.
   * Messages are plain text, so no {@code <bdi>} is possible there.
   */
  public static String isolated(String name) {
    return "\u2068" + name + "\u2069";
  }

  public static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  public static void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /** Lists every problem of a refused form and sets status 400; nothing was saved. */
  public static void refused(List<String> problems) {
    problems.forEach(AdminMessages::error);
    FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(400);
  }

  /**
   * What a row's button acted on is not there (any more: removed in another tab, or an id that was
   * never this store's): said on the page, with status 404; nothing changed.
   */
  public static void gone(String text) {
    error(text);
    FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
  }

  /** Answers 404 for an id that is not the current store's (or does not exist). */
  public static void notFound() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(404, "Not found");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
