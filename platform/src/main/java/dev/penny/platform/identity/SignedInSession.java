package dev.penny.platform.identity;

import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a sign-in established, kept in the HTTP session in a form every server of a cluster can
 * read. Payara keeps the OpenID Connect tokens in a session bean that cannot be serialized, so a
 * session that moves to another server (its first one stopped) arrives with the caller still
 * registered but without tokens; Penny reads who is signed in from this record instead, and the
 * sign-in mechanism ({@code ClusterSafeSignIn} in the storefront) restores the caller from it.
 *
 * @param subject the identity provider's stable user id ({@code sub})
 * @param callerName the caller principal's name (the preferred user name)
 * @param groups the realm roles (the {@code groups} claim)
 * @param fullName the user's name, or null when the provider gave none
 * @param emailAddress the user's e-mail address, or null
 * @param tenantGroups the store memberships as group paths (the {@code tenant_groups} claim)
 * @param idToken the raw identity token, for the identity provider's sign-out
 */
public record SignedInSession(
    String subject,
    String callerName,
    Set<String> groups,
    String fullName,
    String emailAddress,
    List<String> tenantGroups,
    String idToken)
    implements Serializable {

  public static final String ATTRIBUTE = SignedInSession.class.getName();
  private static final long serialVersionUID = 1L;

  public SignedInSession {
    groups = Set.copyOf(new TreeSet<>(groups));
    tenantGroups = List.copyOf(tenantGroups);
  }

  public Optional<String> name() {
    return Optional.ofNullable(fullName);
  }

  public Optional<String> email() {
    return Optional.ofNullable(emailAddress);
  }

  /** The record of the sign-in the OpenID context holds now, if it holds one. */
  public static Optional<SignedInSession> of(OpenIdContext openId, String callerName) {
    try {
      if (openId.getAccessToken() == null || openId.getIdentityToken() == null) {
        return Optional.empty();
      }
      JwtClaims claims = openId.getIdentityToken().getJwtClaims();
      return Optional.of(
          new SignedInSession(
              openId.getSubject(),
              callerName,
              Set.copyOf(claims.getArrayStringClaim("groups")),
              openId.getClaims().getName().orElse(null),
              openId.getClaims().getEmail().orElse(null),
              claims.getArrayStringClaim("tenant_groups"),
              openId.getIdentityToken().getToken()));
    } catch (RuntimeException noContext) {
      // No OpenID context in this session (or not a signed-in one).
      return Optional.empty();
    }
  }

  /** The record in this request's session, if the caller signed in. */
  public static Optional<SignedInSession> in(HttpServletRequest request) {
    if (request.getUserPrincipal() == null) {
      return Optional.empty();
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Object kept = session.getAttribute(ATTRIBUTE);
    if (kept instanceof SignedInSession signedIn
        && signedIn.callerName().equals(request.getUserPrincipal().getName())) {
      return Optional.of(signedIn);
    }
    return Optional.empty();
  }

  /**
   * Who is signed in on this request: the record in the session, or (on the request that signs in,
   * before the record is kept) the OpenID context's.
   */
  public static Optional<SignedInSession> current(
      HttpServletRequest request, OpenIdContext openId) {
    if (request.getUserPrincipal() == null) {
      return Optional.empty();
    }
    return in(request).or(() -> of(openId, request.getUserPrincipal().getName()));
  }

  /** Keeps this record in the request's session (for the servers it may move to). */
  public void keepIn(HttpServletRequest request) {
    request.getSession().setAttribute(ATTRIBUTE, this);
  }
}
