package dev.penny.storefront.identity;

import dev.penny.platform.identity.SignedInSession;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The OpenID Connect sign-in ({@link SecurityConfiguration}), made to survive the loss of the
 * server that held a shopper's session. Payara's mechanism keeps the tokens in a session bean that
 * can neither be serialized nor (its CDI ids differ from one JVM to the next) read on another
 * server, so sessions are not shared between servers; instead, at sign-in this mechanism keeps a
 * {@link SignedInSession} in the session and sets a {@link SignInCookie}, and on a server that has
 * no session for the shopper it restores the sign-in from that cookie. Chosen over Payara's
 * mechanism as a CDI alternative, it hands everything else to it.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class ClusterSafeSignIn implements HttpAuthenticationMechanism {

  private static final Logger LOG = Logger.getLogger(ClusterSafeSignIn.class.getName());

  @Inject BeanManager beans;
  @Inject OpenIdContext openId;
  @Inject SignInCookie cookie;

  private HttpAuthenticationMechanism openIdConnect;

  @PostConstruct
  void findPayarasMechanism() {
    Bean<?> theirs =
        beans.getBeans(HttpAuthenticationMechanism.class).stream()
            .filter(b -> !ClusterSafeSignIn.class.equals(b.getBeanClass()))
            .findFirst()
            .orElseThrow(
                () -> new IllegalStateException("No OpenID Connect mechanism to hand over to"));
    openIdConnect =
        (HttpAuthenticationMechanism)
            beans.getReference(
                theirs, HttpAuthenticationMechanism.class, beans.createCreationalContext(theirs));
  }

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    if (request.getUserPrincipal() != null && !holdsTokens()) {
      // Signed in on this server from the cookie (below): the session has the record, no tokens.
      Optional<SignedInSession> kept = SignedInSession.in(request);
      if (kept.isPresent()) {
        return context.notifyContainerAboutLogin(kept.get().callerName(), kept.get().groups());
      }
      LOG.info("A signed-in session without its sign-in record is signed out");
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      cookie.clear(response);
      return context.isProtected()
          ? openIdConnect.validateRequest(request, response, context)
          : context.doNothing();
    }
    if (request.getUserPrincipal() == null && request.getParameter("state") == null) {
      // Signed in on another server, which is gone or does not hold this browser's session.
      Optional<SignedInSession> restored = cookie.from(request);
      if (restored.isPresent()) {
        SignedInSession signedIn = restored.get();
        signedIn.keepIn(request);
        context.setRegisterSession(signedIn.callerName(), signedIn.groups());
        return context.notifyContainerAboutLogin(signedIn.callerName(), signedIn.groups());
      }
    }
    AuthenticationStatus status = openIdConnect.validateRequest(request, response, context);
    if (status == AuthenticationStatus.SUCCESS) {
      // On the request that signs in, the caller is the message context's until it returns.
      Principal caller =
          context.getCallerPrincipal() != null
              ? context.getCallerPrincipal()
              : request.getUserPrincipal();
      if (caller != null) {
        keepSignIn(request, response, caller.getName());
      }
    }
    return status;
  }

  @Override
  public AuthenticationStatus secureResponse(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    return openIdConnect.secureResponse(request, response, context);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    openIdConnect.cleanSubject(request, response, context);
  }

  private boolean holdsTokens() {
    try {
      return openId.getAccessToken() != null;
    } catch (RuntimeException noContext) {
      return false;
    }
  }

  /**
   * Once per sign-in: keeps the record this server reads the sign-in from, and sets the cookie
   * another server would restore it from.
   */
  private void keepSignIn(HttpServletRequest request, HttpServletResponse response, String caller) {
    HttpSession session = request.getSession(false);
    if (session != null
        && session.getAttribute(SignedInSession.ATTRIBUTE) instanceof SignedInSession kept
        && kept.callerName().equals(caller)) {
      return;
    }
    SignedInSession.of(openId, caller)
        .ifPresent(
            signedIn -> {
              signedIn.keepIn(request);
              cookie.issue(response, signedIn);
            });
  }
}
