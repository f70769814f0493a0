package dev.penny.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-in on a store's own host name ({@code demo-books.example}): the identity provider sends the
 * browser back only to addresses registered for the client, and accepts no wildcard in a host name,
 * so the store's origin is registered (once per store and server) before its first sign-in.
 */
@ApplicationScoped
public class StoreHostSignIn {

  private final KeycloakAdmin keycloak;
  private final String clientId;
  private final Set<String> registered = ConcurrentHashMap.newKeySet();

  @Inject
  public StoreHostSignIn(
      KeycloakAdmin keycloak, @ConfigProperty(name = "penny.oidc.client-id") String clientId) {
    this.keycloak = keycloak;
    this.clientId = clientId;
  }

  /** For CDI's proxy only. */
  protected StoreHostSignIn() {
    this.keycloak = null;
    this.clientId = null;
  }

  /** Makes sure the provider returns to pages of {@code origin} ({@code http://host:port}). */
  public void allow(String origin) {
    if (registered.contains(origin)) {
      return;
    }
    keycloak.allowRedirect(clientId, origin + "/*");
    registered.add(origin);
  }
}
