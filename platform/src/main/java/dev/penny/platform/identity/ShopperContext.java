package dev.penny.platform.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;

/**
 * Who is signed in on this request, read once from the OpenID Connect sign-in: beside {@code
 * TenantContext} (which store), this says which shopper. Pages and services ask for
 * {@code @CurrentShopper Shopper}; nothing reads the token's claims by hand.
 */
@RequestScoped
public class ShopperContext {

  private final SecurityContext security;
  private final OpenIdContext openId;
  private final HttpServletRequest request;
  private Optional<Shopper> shopper;

  @Inject
  public ShopperContext(
      SecurityContext security, OpenIdContext openId, HttpServletRequest request) {
    this.security = security;
    this.openId = openId;
    this.request = request;
  }

  protected ShopperContext() {
    this(null, null, null);
  }

  /** The signed-in shopper, or empty for a visitor. */
  public Optional<Shopper> shopper() {
    if (shopper == null) {
      shopper = read();
    }
    return shopper;
  }

  /** The sign-in behind this request (its claims), or empty for a visitor. */
  public Optional<SignedInSession> signedIn() {
    return SignedInSession.current(request, openId);
  }

  /** Dependent, not request-scoped, because a record cannot be proxied. */
  @Produces
  @CurrentShopper
  Shopper currentShopper() {
    return shopper().orElseThrow(NotSignedInException::new);
  }

  private Optional<Shopper> read() {
    Principal caller = security.getCallerPrincipal();
    if (caller == null) {
      return Optional.empty();
    }
    Optional<SignedInSession> signedIn = SignedInSession.current(request, openId);
    if (signedIn.isEmpty()
        || signedIn.get().subject() == null
        || signedIn.get().subject().isBlank()) {
      return Optional.empty();
    }
    SignedInSession user = signedIn.get();
    return Optional.of(new Shopper(user.subject(), caller.getName(), user.name(), user.email()));
  }
}
