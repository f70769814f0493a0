package dev.penny.admin.web;

import jakarta.faces.context.FacesContext;
import java.util.OptionalLong;

/** The id the admin router put on the forward ({@code /admin/s/products/12} → {@code id=12}). */
public final class AdminParameters {

  private AdminParameters() {}

  /** A parameter of the current request (the form's fields, or those the router added). */
  public static String get(String name) {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get(name);
  }

  public static OptionalLong id() {
    return id("id");
  }

  /** The request's parameter {@code name} as a row id; empty when it is none. */
  public static OptionalLong id(String name) {
    return idIn(get(name));
  }

  /** A text as a row id (1 to 18 digits, no leading zero); empty when it is none. */
  public static OptionalLong idIn(String text) {
    if (text == null || !text.matches("[1-9][0-9]{0,17}")) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Long.parseLong(text));
  }

  /** Sends the browser to an admin page of the current store, keeping the page's messages. */
  public static void redirect(AdminContext admin, String page) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    try {
      faces
          .getExternalContext()
          .redirect(faces.getExternalContext().getRequestContextPath() + admin.getBase() + page);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
