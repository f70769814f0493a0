package dev.penny.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The vault's key file in the data folder, made on the first start with one random AES-256 key
 * ({@code k1}) and readable by its owner only. To rotate: add a line {@code k2=<base64 of 32
 * bytes>}, set {@code active=k2}, restart, then call the zone's {@code POST
 * /checkout/api/v1/vault/re-encrypt} (README, "The PCI boundary").
 */
final class VaultKeyFile {

  static final String NAME = "vault-keys.properties";
  private static final SecureRandom RANDOM = new SecureRandom();

  private VaultKeyFile() {}

  static Path ensure(Path dataDir) {
    Path file = dataDir.resolve(NAME);
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(dataDir);
        Files.writeString(
            file,
            "# Penny's vault keys: id=base64 (256 bits); 'active' encrypts new cards.\n"
                + "k1="
                + Base64.getEncoder().encodeToString(bytes(32))
                + "\nactive=k1\n");
        try {
          Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
          // Not a POSIX file system: the folder's own permissions apply.
        }
      }
      return file;
    } catch (IOException e) {
      throw new LaunchException(
          "Cannot write the vault key file " + file + ": " + e.getMessage(), e);
    }
  }

  static String randomSecret() {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
  }

  private static byte[] bytes(int n) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return b;
  }
}
