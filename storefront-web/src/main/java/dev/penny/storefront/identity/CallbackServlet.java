package dev.penny.storefront.identity;

import dev.penny.storefront.servlet.DeclaredMethodsServlet;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Keycloak sends the browser here after sign-in; the authentication mechanism has validated the
 * code by the time this runs. Sends the user back to the page they signed in from.
 */
@WebServlet("/callback")
public class CallbackServlet extends DeclaredMethodsServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpSession session = request.getSession(false);
    Object back = session == null ? null : session.getAttribute(ReturnPath.SESSION_KEY);
    if (session != null) {
      session.removeAttribute(ReturnPath.SESSION_KEY);
    }
    String target = ReturnPath.sanitize(back == null ? null : back.toString());
    if (request.getUserPrincipal() == null) {
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    response.sendRedirect(request.getContextPath() + target);
  }
}
