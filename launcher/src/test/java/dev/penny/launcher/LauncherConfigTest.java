package dev.penny.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherConfigTest {

  @Test
  void defaultsToTheEmbeddedDatabaseUnderTheHomeFolder() {
    LauncherConfig config = LauncherConfig.fromEnvironment(Map.of());
    assertThat(config.httpPort()).isEqualTo(8080);
    assertThat(config.externalDatabase()).isEmpty();
    assertThat(config.dataDir()).isEqualTo(Path.of(System.getProperty("user.home"), ".penny"));
    assertThat(config.seedDemoStores()).isTrue();
    assertThat(config.statistics()).isFalse();
    assertThat(config.keycloakPort()).isEqualTo(8180);
    assertThat(config.externalIdentityProvider()).isEmpty();
    assertThat(config.publicUrl()).isEqualTo("http://localhost:8080");
  }

  @Test
  void anExternalIdentityProviderReplacesTheEmbeddedKeycloak() {
    LauncherConfig config =
        LauncherConfig.fromEnvironment(
            Map.of(
                "PENNY_OIDC_URL", "https://id.example.com/realms/penny",
                "PENNY_OIDC_CLIENT_SECRET", "s3cret"));
    assertThat(config.externalIdentityProvider())
        .contains(
            new LauncherConfig.ExternalIdentityProvider(
                "https://id.example.com/realms/penny",
                "penny-web",
                "s3cret",
                "master",
                "admin",
                ""));
  }

  @Test
  void anExternalKeycloakTakesAdminCredentialsForProvisioning() {
    LauncherConfig config =
        LauncherConfig.fromEnvironment(
            Map.of(
                "PENNY_OIDC_URL", "https://id.example.com/realms/penny",
                "PENNY_KEYCLOAK_ADMIN_REALM", "penny",
                "PENNY_KEYCLOAK_ADMIN_USER", "penny-provisioner",
                "PENNY_KEYCLOAK_ADMIN_PASSWORD", "pw"));
    LauncherConfig.ExternalIdentityProvider idp = config.externalIdentityProvider().orElseThrow();
    assertThat(idp.adminRealm()).isEqualTo("penny");
    assertThat(idp.adminUser()).isEqualTo("penny-provisioner");
    assertThat(idp.adminPassword()).isEqualTo("pw");
  }

  @Test
  void refusesAKeycloakPortThatIsNoPort() {
    assertThatThrownBy(() -> LauncherConfig.fromEnvironment(Map.of("PENNY_KEYCLOAK_PORT", "x")))
        .isInstanceOf(LaunchException.class)
        .hasMessageContaining("PENNY_KEYCLOAK_PORT");
  }

  @Test
  void anExternalDatabaseReplacesTheEmbeddedOne() {
    LauncherConfig config =
        LauncherConfig.fromEnvironment(
            Map.of(
                "PENNY_DB_URL", "jdbc:mysql://db:3306/penny",
                "PENNY_DB_USER", "shop",
                "PENNY_DB_PASSWORD", "secret",
                "PENNY_VAULT_DB_URL", "jdbc:mysql://db:3306/vault",
                "PENNY_HTTP_PORT", "9090"));
    assertThat(config.httpPort()).isEqualTo(9090);
    assertThat(config.externalDatabase())
        .contains(
            new LauncherConfig.ExternalDatabase("jdbc:mysql://db:3306/penny", "shop", "secret"));
  }

  @Test
  void aBlankDatabaseUrlMeansEmbedded() {
    assertThat(LauncherConfig.fromEnvironment(Map.of("PENNY_DB_URL", " ")).externalDatabase())
        .isEmpty();
  }

  @Test
  void refusesAPortThatIsNoPort() {
    for (String port : new String[] {"0", "65536", "http", "-1"}) {
      assertThatThrownBy(() -> LauncherConfig.fromEnvironment(Map.of("PENNY_HTTP_PORT", port)))
          .isInstanceOf(LaunchException.class)
          .hasMessageContaining("PENNY_HTTP_PORT");
    }
  }

  @Test
  void thePublicAddressIsASchemeAndHostWithAnOptionalPort() {
    assertThat(
            LauncherConfig.fromEnvironment(Map.of("PENNY_PUBLIC_URL", "https://shop.example/"))
                .publicUrl())
        .isEqualTo("https://shop.example");
    assertThat(LauncherConfig.fromEnvironment(Map.of("PENNY_HTTP_PORT", "9090")).publicUrl())
        .isEqualTo("http://localhost:9090");
    for (String bad : new String[] {"shop.example", "ftp://x", "https://x/path", "https://a b"}) {
      assertThatThrownBy(() -> LauncherConfig.fromEnvironment(Map.of("PENNY_PUBLIC_URL", bad)))
          .isInstanceOf(LaunchException.class)
          .hasMessageContaining("PENNY_PUBLIC_URL");
    }
  }

  @Test
  void theCheckoutZoneHasItsOwnOriginAndTheSandboxIsOnByDefault() {
    LauncherConfig config = LauncherConfig.fromEnvironment(Map.of("PENNY_HTTP_PORT", "9000"));

    assertThat(config.checkoutZone().url()).isEqualTo("http://pay.localhost:9000");
    assertThat(config.checkoutZone().sandbox()).isTrue();
    assertThat(
            LauncherConfig.fromEnvironment(Map.of("PENNY_SANDBOX", "false"))
                .checkoutZone()
                .sandbox())
        .isFalse();
    assertThatThrownBy(
            () ->
                LauncherConfig.fromEnvironment(
                    Map.of("PENNY_CHECKOUT_URL", "http://localhost:8080")))
        .hasMessageContaining("another origin");
  }

  @Test
  void anExternalDatabaseNeedsTheVaultsOwnDatabaseToo() {
    assertThatThrownBy(
            () -> LauncherConfig.fromEnvironment(Map.of("PENNY_DB_URL", "jdbc:mysql://db/penny")))
        .hasMessageContaining("PENNY_VAULT_DB_URL");
    LauncherConfig config =
        LauncherConfig.fromEnvironment(
            Map.of(
                "PENNY_DB_URL", "jdbc:mysql://db/penny",
                "PENNY_VAULT_DB_URL", "jdbc:mysql://db/vault",
                "PENNY_VAULT_DB_PASSWORD", "v"));
    assertThat(config.checkoutZone().vaultDatabase().orElseThrow().user()).isEqualTo("penny_vault");
  }
}
