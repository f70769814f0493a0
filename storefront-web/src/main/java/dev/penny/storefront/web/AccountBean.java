package dev.penny.storefront.web;

import dev.penny.platform.identity.SignInLink;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.identitystore.openid.OpenIdClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A shopper's account page in a store: the profile from the identity provider. Orders, wallet and
 * tabs join it with their issues. Anyone not signed in is sent to sign in first.
 */
@Named("account")
@RequestScoped
public class AccountBean {

  private final OpenIdContext openId;
  private final StoreBean store;
  private OpenIdClaims claims;

  @Inject
  public AccountBean(OpenIdContext openId, StoreBean store) {
    this.openId = openId;
    this.store = store;
  }

  protected AccountBean() {
    this(null, null);
  }

  public void load() {
    if (!store.isSignedIn()) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      try {
        external.redirect(
            SignInLink.to(external.getRequestContextPath(), store.getHomePath() + "account"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    claims = openId.getClaims();
  }

  public String getUsername() {
    return store.getUserName();
  }

  public String getName() {
    return claims.getName().orElse("");
  }

  public String getEmail() {
    return claims.getEmail().orElse("");
  }

  /** The stores this user owns or works for, by slug, for links to their admin. */
  public java.util.List<String> getAdministeredStores() {
    try {
      java.util.List<String> groups =
          openId.getIdentityToken().getJwtClaims().getArrayStringClaim("tenant_groups");
      return dev.penny.platform.identity.StoreMemberships.fromGroupPaths(groups)
          .asMap()
          .keySet()
          .stream()
          .sorted()
          .toList();
    } catch (RuntimeException noGroups) {
      return java.util.List.of();
    }
  }
}
