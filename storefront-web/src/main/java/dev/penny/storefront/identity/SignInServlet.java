package dev.penny.storefront.identity;

import dev.penny.platform.identity.SignInLink;
import dev.penny.platform.identity.StoreHostSignIn;
import dev.penny.platform.tenancy.PublicAddress;
import dev.penny.platform.tenancy.TenantContext;
import dev.penny.storefront.servlet.DeclaredMethodsServlet;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code /signin?return=/s/demo-books/}: remembers where the user was and starts the OpenID Connect
 * sign-in at Keycloak; a user who is signed in already goes straight back. {@code refresh=1} signs
 * in again to pick up changed group memberships. While Keycloak does not answer (it starts beside a
 * freshly started Penny) the page answers 503 with a Retry-After. On a store's own host name the
 * store's origin is registered with Keycloak first ({@link StoreHostSignIn}), so that Keycloak
 * sends the browser back to that host, where its session is.
 */
@WebServlet("/signin")
public class SignInServlet extends DeclaredMethodsServlet {

  private static final long serialVersionUID = 1L;

  @Inject SecurityContext security;
  @Inject ProviderAvailability provider;
  @Inject TenantContext context;
  @Inject PublicAddress address;
  @Inject StoreHostSignIn storeHost;
  @Inject SignInCookie signInCookie;

  private static final Logger LOG = Logger.getLogger(SignInServlet.class.getName());

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String back = ReturnPath.sanitize(request.getParameter("return"));
    if (!address.isSignInHost(request.getHeader("Host"))) {
      // The sign-in's return address (redirect_uri) is built from the request's host: only
      // Penny's own names, as Keycloak knows them, may be it. A store's host written otherwise
      // first goes to the store's host as Penny writes it; any other to the configured address.
      String link = SignInLink.to(request.getContextPath(), back);
      response.sendRedirect(context.isOnStoreHost() ? address.of(link) : address.onPlatform(link));
      return;
    }
    if ("1".equals(request.getParameter("refresh"))) {
      // New memberships (a store just opened) are in the next token only: drop this session and
      // sign in again; Keycloak's own session makes that a round trip without a form.
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      signInCookie.clear(response);
      response.sendRedirect(SignInLink.to(request.getContextPath(), back));
      return;
    }
    if (request.getUserPrincipal() != null) {
      response.sendRedirect(request.getContextPath() + back);
      return;
    }
    if (!provider.answers()) {
      // Keycloak is still starting beside a fresh Penny, or down: say so instead of an error.
      response.setHeader("Retry-After", "5");
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    }
    if (context.isOnStoreHost()) {
      try {
        storeHost.allow(address.of(""));
      } catch (RuntimeException keycloakRefused) {
        LOG.log(Level.WARNING, "Could not register the store host for sign-in", keycloakRefused);
        response.setHeader("Retry-After", "5");
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        return;
      }
    }
    request.getSession(true).setAttribute(ReturnPath.SESSION_KEY, back);
    AuthenticationStatus status =
        security.authenticate(request, response, AuthenticationParameters.withParams());
    if (status == AuthenticationStatus.SUCCESS) {
      response.sendRedirect(request.getContextPath() + back);
    }
  }
}
