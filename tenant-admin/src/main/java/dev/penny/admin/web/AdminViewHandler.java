package dev.penny.admin.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

/**
 * Admin views are reached by forward ({@code /admin/demo-books/settings} renders {@code
 * /admin-views/settings.xhtml}); their forms must post back to the address the user sees, so that
 * the postback passes the admin gate again.
 */
public class AdminViewHandler extends ViewHandlerWrapper {

  private static final String FORWARD_URI = "jakarta.servlet.forward.request_uri";

  public AdminViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    if (viewId.startsWith("/admin-views/")) {
      Object original = context.getExternalContext().getRequestMap().get(FORWARD_URI);
      if (original != null) {
        return original.toString();
      }
    }
    return super.getActionURL(context, viewId);
  }
}
