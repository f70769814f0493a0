package dev.penny.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * A Keycloak database with the {@code penny} realm imported, kept by the build's training run
 * ({@link TrainingRun}) beside Keycloak's distribution. A start with an empty data folder copies it
 * instead of creating Keycloak's schema and importing the realm, which is most of such a start's
 * minute. It is named after the realm file, so a changed realm is imported afresh.
 */
final class KeycloakSeed {

  static final String DATABASE_FILE = "keycloakdb.mv.db";

  private final Path file;

  private KeycloakSeed(Path file) {
    this.file = file;
  }

  static KeycloakSeed of(Path distribution) {
    Path realm = distribution.resolve("data/import/penny-realm.json");
    return new KeycloakSeed(
        distribution
            .toAbsolutePath()
            .getParent()
            .resolve("keycloak-seed-" + digest(realm) + ".mv.db"));
  }

  boolean exists() {
    return Files.isRegularFile(file);
  }

  /** Copies the seed into {@code home} unless Keycloak has a database there already. */
  void copyInto(Path home) throws IOException {
    Path database = home.resolve(DATABASE_FILE);
    if (exists() && !Files.exists(database)) {
      Files.copy(file, database);
    }
  }

  /** Keeps the (stopped) Keycloak's database in {@code home} as the seed, replacing older ones. */
  void keepFrom(Path home) throws IOException {
    Path database = home.resolve(DATABASE_FILE);
    if (!Files.isRegularFile(database)) {
      return;
    }
    Path folder = file.getParent();
    try (Stream<Path> old = Files.list(folder)) {
      for (Path seed : (Iterable<Path>) old::iterator) {
        if (seed.getFileName().toString().matches("keycloak-seed-[0-9a-f]+\\.mv\\.db")) {
          Files.deleteIfExists(seed);
        }
      }
    }
    Path partial = Files.createTempFile(folder, "keycloak-seed-", ".partial");
    Files.copy(database, partial, StandardCopyOption.REPLACE_EXISTING);
    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
  }

  private static String digest(Path realm) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(realm));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (IOException | NoSuchAlgorithmException e) {
      return "none";
    }
  }
}
