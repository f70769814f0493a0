package dev.penny.checkout.zone;

import dev.penny.checkout.vault.CardCipher;
import dev.penny.checkout.vault.VaultKeys;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The zone's own database (its schema and user, from {@code penny.vault.db.*}), its clock, and the
 * vault's keys: a key file ({@code penny.vault.key-file}) or the same text in {@code
 * penny.vault.keys} (e.g. the environment variable {@code PENNY_VAULT_KEYS}).
 */
@DataSourceDefinition(
    name = "java:app/jdbc/vault",
    className = "com.mysql.cj.jdbc.MysqlDataSource",
    url = "${MPCONFIG=penny.vault.db.url}",
    user = "${MPCONFIG=penny.vault.db.user}",
    password = "${MPCONFIG=penny.vault.db.password}",
    initialPoolSize = 2,
    minPoolSize = 2,
    maxPoolSize = 16,
    isolationLevel = java.sql.Connection.TRANSACTION_READ_COMMITTED,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data"
    })
@ApplicationScoped
public class ZoneResources {

  /**
   * The zone's clock: the system's, and in the sandbox the same moved time as Penny's (the sandbox
   * clock publishes its offset JVM-wide), so that the acquirer's settlement file is dated as Penny
   * dates its charges.
   */
  @Produces
  @Singleton
  Clock clock(@ConfigProperty(name = "penny.sandbox", defaultValue = "false") boolean sandbox) {
    return sandbox ? new SandboxFollowingClock() : Clock.systemUTC();
  }

  @Produces
  @Singleton
  CardCipher cipher(
      @ConfigProperty(name = "penny.vault.key-file") Optional<String> keyFile,
      @ConfigProperty(name = "penny.vault.keys") Optional<String> keys) {
    String text =
        keys.orElseGet(
            () ->
                read(
                    keyFile.orElseThrow(
                        () ->
                            new IllegalStateException(
                                "No vault keys: set PENNY_VAULT_KEYS or penny.vault.key-file"))));
    return new CardCipher(VaultKeys.parse(text));
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException("The vault key file cannot be read: " + file, e);
    }
  }
}
