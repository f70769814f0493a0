package dev.penny.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The platform's payments key in the data folder ({@code payments-key}), made on the first start:
 * 32 random bytes in base64, readable by its owner only. Spending-key secrets, HTTP 402 nonces and
 * the button's grants are derived from it, so they keep working across restarts. {@code
 * PENNY_PAYMENTS_KEY} replaces it.
 */
final class PaymentsKeyFile {

  static final String NAME = "payments-key";

  private PaymentsKeyFile() {}

  static String ensure(Path dataDir) {
    Path file = dataDir.resolve(NAME);
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(dataDir);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
        try {
          Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
          // Not a POSIX file system: the folder's own permissions apply.
        }
      }
      return Files.readString(file).strip();
    } catch (IOException e) {
      throw new LaunchException(
          "Cannot read or write the payments key file " + file + ": " + e.getMessage(), e);
    }
  }
}
