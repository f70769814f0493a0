package dev.penny.platform.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
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
  private Optional<Shopper> shopper;

  @Inject
  public ShopperContext(SecurityContext security, OpenIdContext openId) {
    this.security = security;
    this.openId = openId;
  }

  protected ShopperContext() {
    this(null, null);
  }

  /** The signed-in shopper, or empty for a visitor. */
  public Optional<Shopper> shopper() {
    if (shopper == null) {
      shopper = read();
    }
    return shopper;
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
    OpenIdClaims claims = openId.getClaims();
    String subject = openId.getSubject();
    if (subject == null || subject.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new Shopper(subject, caller.getName(), claims.getName(), claims.getEmail()));
  }
}
