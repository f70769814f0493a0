package dev.penny.platform.identity;

/** Keycloak's admin API failed or refused; the message says which call and why. */
public class KeycloakAdminException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public KeycloakAdminException(String message) {
    super(message);
  }

  public KeycloakAdminException(String message, Throwable cause) {
    super(message, cause);
  }
}
