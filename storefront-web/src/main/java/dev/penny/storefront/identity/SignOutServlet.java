package dev.penny.storefront.identity;

import dev.penny.platform.identity.SignedInSession;
import dev.penny.platform.tenancy.PublicAddress;
import dev.penny.storefront.servlet.DeclaredMethodsServlet;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code POST /signout}: ends the local session and the Keycloak session, then returns to the page
 * given in {@code return}, on the public address (never one built from the Host header). POST with
 * the session's {@link SignOutToken}, so that neither a link nor a form on another site can sign
 * anyone out: without it the answer is 403 and the session stays.
 */
@WebServlet("/signout")
public class SignOutServlet extends DeclaredMethodsServlet {

  private static final long serialVersionUID = 1L;

  @Inject OidcSettings oidc;
  @Inject OpenIdContext openId;
  @Inject PublicAddress address;
  @Inject SignInCookie signInCookie;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String back = ReturnPath.sanitize(request.getParameter("return"));
    String home = address.of(request.getContextPath() + back);
    if (request.getSession(false) == null) {
      signInCookie.signOut(request, response);
      response.sendRedirect(home);
      return;
    }
    if (!SignOutToken.isPostedWith(request)) {
      // Posted from another site (or a page older than this session): sign-out needs the form.
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    Optional<String> idToken = Optional.empty();
    if (request.getUserPrincipal() != null) {
      try {
        idToken = SignedInSession.current(request, openId).map(SignedInSession::idToken);
      } catch (RuntimeException noContext) {
        // No OpenID context in this session: sign out locally only.
      }
    }
    // Not request.logout(): Soteria's mechanism commits the response there. The tokens and the
    // container's registered authentication live in the session, so ending it signs out.
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    signInCookie.signOut(request, response);
    if (idToken.isEmpty()) {
      response.sendRedirect(home);
      return;
    }
    response.sendRedirect(
        oidc.getLogoutEndpoint()
            + "?client_id="
            + encode(oidc.getClientId())
            + "&id_token_hint="
            + encode(idToken.get())
            + "&post_logout_redirect_uri="
            + encode(home));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
