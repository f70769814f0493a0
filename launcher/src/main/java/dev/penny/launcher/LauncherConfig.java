package dev.penny.launcher;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What the launcher is told by its environment. Unset means the embedded defaults: an embedded
 * MariaDB with its data under {@code ~/.penny}, port 8080, demo stores.
 */
record LauncherConfig(
    int httpPort,
    Path dataDir,
    Optional<ExternalDatabase> externalDatabase,
    boolean seedDemoStores,
    boolean statistics,
    int keycloakPort,
    Optional<ExternalIdentityProvider> externalIdentityProvider,
    String publicUrl,
    CheckoutZone checkoutZone,
    Optional<Smtp> smtp) {

  /**
   * A real SMTP server for receipts ({@code PENNY_SMTP_HOST}, {@code _PORT}, {@code _USER}, {@code
   * _PASSWORD}, {@code _FROM}, {@code _STARTTLS}); without one the launcher starts a local server.
   */
  record Smtp(String host, int port, String user, String password, String from, boolean startTls) {}

  record ExternalDatabase(String url, String user, String password) {}

  /**
   * The checkout zone: the origin its card page is served at (its own host name, never a store's),
   * whether the sandbox (test cards, sandbox acquirer, local mailbox) is on, the vault's database
   * when Penny's is external ({@code PENNY_VAULT_DB_*}: its own schema and user), and its keys
   * ({@code PENNY_VAULT_KEYS}; else a key file made in the data folder on first start).
   */
  record CheckoutZone(
      String url,
      boolean sandbox,
      Optional<ExternalDatabase> vaultDatabase,
      Optional<String> keys) {}

  /**
   * An OpenID Connect provider run by someone else: then no Keycloak is started. The admin
   * credentials (a user of the {@code master} realm, or of {@code adminRealm}) let Penny create
   * store groups and staff users through Keycloak's admin API.
   */
  record ExternalIdentityProvider(
      String issuer,
      String clientId,
      String clientSecret,
      String adminRealm,
      String adminUser,
      String adminPassword) {}

  static LauncherConfig fromEnvironment(Map<String, String> env) {
    int port = port(env.getOrDefault("PENNY_HTTP_PORT", "8080"), "PENNY_HTTP_PORT");
    Path dataDir =
        setting(env, "PENNY_DATA_DIR")
            .map(Path::of)
            .orElse(Path.of(System.getProperty("user.home"), ".penny"));
    Optional<ExternalDatabase> external =
        setting(env, "PENNY_DB_URL")
            .map(
                url ->
                    new ExternalDatabase(
                        url,
                        setting(env, "PENNY_DB_USER").orElse("penny"),
                        Optional.ofNullable(env.get("PENNY_DB_PASSWORD")).orElse("")));
    boolean demo = !"false".equalsIgnoreCase(env.getOrDefault("PENNY_DEMO", "true"));
    boolean stats = "true".equalsIgnoreCase(env.getOrDefault("PENNY_SQL_STATS", "false"));
    int keycloakPort = port(env.getOrDefault("PENNY_KEYCLOAK_PORT", "8180"), "PENNY_KEYCLOAK_PORT");
    Optional<ExternalIdentityProvider> idp =
        setting(env, "PENNY_OIDC_URL")
            .map(
                issuer ->
                    new ExternalIdentityProvider(
                        issuer,
                        setting(env, "PENNY_OIDC_CLIENT_ID").orElse("penny-web"),
                        Optional.ofNullable(env.get("PENNY_OIDC_CLIENT_SECRET")).orElse(""),
                        setting(env, "PENNY_KEYCLOAK_ADMIN_REALM").orElse("master"),
                        setting(env, "PENNY_KEYCLOAK_ADMIN_USER").orElse("admin"),
                        Optional.ofNullable(env.get("PENNY_KEYCLOAK_ADMIN_PASSWORD")).orElse("")));
    String publicUrl =
        publicUrl(
            setting(env, "PENNY_PUBLIC_URL").orElse("http://localhost:" + port),
            "PENNY_PUBLIC_URL");
    Optional<ExternalDatabase> vaultDatabase =
        setting(env, "PENNY_VAULT_DB_URL")
            .map(
                url ->
                    new ExternalDatabase(
                        url,
                        setting(env, "PENNY_VAULT_DB_USER").orElse("penny_vault"),
                        Optional.ofNullable(env.get("PENNY_VAULT_DB_PASSWORD")).orElse("")));
    if (external.isPresent() && vaultDatabase.isEmpty()) {
      throw new LaunchException(
          "With PENNY_DB_URL set, the checkout zone needs its own database too: set"
              + " PENNY_VAULT_DB_URL, PENNY_VAULT_DB_USER and PENNY_VAULT_DB_PASSWORD (a schema and"
              + " user of its own, with no grant on Penny's)");
    }
    CheckoutZone zone =
        new CheckoutZone(
            publicUrl(
                setting(env, "PENNY_CHECKOUT_URL").orElse("http://pay.localhost:" + port),
                "PENNY_CHECKOUT_URL"),
            !"false".equalsIgnoreCase(env.getOrDefault("PENNY_SANDBOX", "true")),
            vaultDatabase,
            setting(env, "PENNY_VAULT_KEYS"));
    if (zone.url().equals(publicUrl)) {
      throw new LaunchException(
          "PENNY_CHECKOUT_URL must be another origin than PENNY_PUBLIC_URL: the card page must not"
              + " share an origin with any store");
    }
    Optional<Smtp> smtp =
        setting(env, "PENNY_SMTP_HOST")
            .map(
                host ->
                    new Smtp(
                        host,
                        port(env.getOrDefault("PENNY_SMTP_PORT", "587"), "PENNY_SMTP_PORT"),
                        env.getOrDefault("PENNY_SMTP_USER", ""),
                        env.getOrDefault("PENNY_SMTP_PASSWORD", ""),
                        setting(env, "PENNY_SMTP_FROM").orElse("receipts@" + host),
                        !"false"
                            .equalsIgnoreCase(env.getOrDefault("PENNY_SMTP_STARTTLS", "true"))));
    return new LauncherConfig(
        port,
        dataDir.toAbsolutePath(),
        external,
        demo,
        stats,
        keycloakPort,
        idp,
        publicUrl,
        zone,
        smtp);
  }

  /**
   * The address people reach Penny at ({@code https://shop.example}): every absolute link and
   * redirect is built from it, never from a request's Host header. Scheme and host, an optional
   * port, no path.
   */
  private static String publicUrl(String text, String variable) {
    String url = text.strip();
    if (!url.matches("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?")) {
      throw new LaunchException(
          variable
              + " must be a scheme and host with an optional port, like"
              + " https://shop.example or http://localhost:8080, not '"
              + text
              + "'");
    }
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static int port(String text, String variable) {
    try {
      int port = Integer.parseInt(text.strip());
      if (port < 1 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new LaunchException(
          variable + " must be a port number from 1 to 65535, not '" + text + "'");
    }
  }

  /** A variable that is set and not blank. */
  private static Optional<String> setting(Map<String, String> env, String name) {
    return Optional.ofNullable(blankToNull(env.get(name)));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
