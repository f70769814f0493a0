package dev.penny.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeycloakSeedTest {

  @TempDir Path folder;

  private Path distribution(String realm) throws IOException {
    Path distribution = folder.resolve("keycloak-26");
    Files.createDirectories(distribution.resolve("data/import"));
    Files.writeString(distribution.resolve("data/import/penny-realm.json"), realm);
    return distribution;
  }

  private Path keycloakHome(String database) throws IOException {
    Path home = Files.createDirectories(folder.resolve("data-" + database).resolve("keycloak"));
    Files.writeString(home.resolve(KeycloakSeed.DATABASE_FILE), database);
    return home;
  }

  @Test
  void anEmptyDataFolderGetsTheSeedAndAnExistingDatabaseIsLeftAlone() throws IOException {
    KeycloakSeed seed = KeycloakSeed.of(distribution("{\"realm\":\"penny\"}"));
    seed.keepFrom(keycloakHome("trained"));
    Path empty = Files.createDirectories(folder.resolve("fresh/keycloak"));
    Path used = keycloakHome("users-who-signed-up");

    seed.copyInto(empty);
    seed.copyInto(used);

    assertThat(empty.resolve(KeycloakSeed.DATABASE_FILE)).hasContent("trained");
    assertThat(used.resolve(KeycloakSeed.DATABASE_FILE)).hasContent("users-who-signed-up");
  }

  @Test
  void aChangedRealmFileIsNotServedAnOldSeed() throws IOException {
    KeycloakSeed.of(distribution("{\"realm\":\"penny\"}")).keepFrom(keycloakHome("v1"));

    KeycloakSeed changed = KeycloakSeed.of(distribution("{\"realm\":\"penny\",\"new\":1}"));
    assertThat(changed.exists()).isFalse();
    Path empty = Files.createDirectories(folder.resolve("fresh/keycloak"));
    changed.copyInto(empty);
    assertThat(empty.resolve(KeycloakSeed.DATABASE_FILE)).doesNotExist();

    changed.keepFrom(keycloakHome("v2"));
    try (Stream<Path> seeds = Files.list(folder)) {
      assertThat(seeds.filter(f -> f.getFileName().toString().startsWith("keycloak-seed-")))
          .hasSize(1);
    }
    assertThat(changed.exists()).isTrue();
  }
}
