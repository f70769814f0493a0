package dev.penny.storefront.identity;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Stands in front of the OpenID Connect mechanism on the sign-in callback: a callback that no
 * sign-in of this browser started (a forged or replayed {@code state}, or no session at all) is
 * answered 400 here. The mechanism itself fails on it with a server error (it looks for the sign-in
 * it expected and finds none).
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class CallbackGuard implements HttpAuthenticationMechanism {

  @Inject @Delegate @Any HttpAuthenticationMechanism mechanism;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    if (request.getUserPrincipal() != null || request.getParameter("state") == null) {
      return mechanism.validateRequest(request, response, context);
    }
    if (!request.getRequestURI().equals(request.getContextPath() + "/callback")) {
      // A "state" on any other address means nothing to Penny; the mechanism would take it for
      // a callback and fail. The request goes on as an anonymous one.
      return context.doNothing();
    }
    if (!signInPending(request)) {
      try {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      } catch (IOException e) {
        throw new AuthenticationException(e);
      }
      return AuthenticationStatus.SEND_FAILURE;
    }
    return mechanism.validateRequest(request, response, context);
  }

  /** True when this browser's session started a sign-in at {@code /signin}. */
  static boolean signInPending(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(ReturnPath.SESSION_KEY) != null;
  }
}
