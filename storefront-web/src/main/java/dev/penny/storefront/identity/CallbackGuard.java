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
 * it expected and finds none). So is a callback whose code the mechanism refuses or cannot check
 * (it answered an empty 200, or failed on a token whose issuer names another host), and, on any
 * address, a multipart body the container cannot parse (the mechanism reads every request's
 * parameters first, and failed on it with a server error).
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class CallbackGuard implements HttpAuthenticationMechanism {

  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(CallbackGuard.class.getName());

  @Inject @Delegate @Any HttpAuthenticationMechanism mechanism;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    if (!readable(request)) {
      // A multipart body without its boundary, or cut short: the container cannot read its
      // parameters, and the mechanism (which reads them first, on every request) would fail.
      return refuse(response);
    }
    if (request.getUserPrincipal() != null || request.getParameter("state") == null) {
      return mechanism.validateRequest(request, response, context);
    }
    if (!request.getRequestURI().equals(request.getContextPath() + "/callback")) {
      // A "state" on any other address means nothing to Penny; the mechanism would take it for
      // a callback and fail. The request goes on as an anonymous one.
      return context.doNothing();
    }
    if (!signInPending(request)) {
      return refuse(response);
    }
    AuthenticationStatus status;
    try {
      status = mechanism.validateRequest(request, response, context);
    } catch (AuthenticationException | RuntimeException e) {
      // A code Keycloak did not issue, or a token for another address of it (its issuer differs):
      // the sign-in failed, which is the browser's to retry, not a server error.
      LOG.info(() -> "Sign-in callback refused: " + e);
      return refuse(response);
    }
    if (status == AuthenticationStatus.SEND_FAILURE && !response.isCommitted()) {
      // The mechanism refused the code without answering (an empty 200 otherwise).
      return refuse(response);
    }
    return status;
  }

  /** False for a multipart body the container cannot parse. */
  private static boolean readable(HttpServletRequest request) {
    String type = request.getContentType();
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
      return true;
    }
    try {
      request.getParameterMap();
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** A 400 (Penny's error page, with the security headers), and nothing else done. */
  private static AuthenticationStatus refuse(HttpServletResponse response)
      throws AuthenticationException {
    try {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    } catch (IOException e) {
      throw new AuthenticationException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** True when this browser's session started a sign-in at {@code /signin}. */
  static boolean signInPending(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(ReturnPath.SESSION_KEY) != null;
  }
}
