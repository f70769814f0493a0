package dev.penny.storefront.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where Penny's users sign in: the OpenID Connect provider (Keycloak's {@code penny} realm) and
 * Penny's client there. Read by {@link SecurityConfiguration} through EL, so that the values come
 * from MicroProfile Config ({@code penny.oidc.*}; the launcher sets them).
 */
@Named("pennyOidc")
@ApplicationScoped
public class OidcSettings {

  private final String issuer;
  private final String clientId;
  private final String clientSecret;

  @Inject
  public OidcSettings(
      @ConfigProperty(name = "penny.oidc.issuer") String issuer,
      @ConfigProperty(name = "penny.oidc.client-id") String clientId,
      @ConfigProperty(name = "penny.oidc.client-secret") String clientSecret) {
    this.issuer = issuer;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
  }

  protected OidcSettings() {
    this(null, null, null);
  }

  public String getIssuer() {
    return issuer;
  }

  public String getClientId() {
    return clientId;
  }

  public String getClientSecret() {
    return clientSecret;
  }

  /** Keycloak's end-session endpoint, for signing out of the provider too. */
  public String getLogoutEndpoint() {
    return issuer + "/protocol/openid-connect/logout";
  }
}
