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
        try {
          // Owner-only from its first byte, not chmod-ed after writing.
          Files.createFile(
              file,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
          // Not a POSIX file system: the folder's own permissions apply.
          Files.createFile(file);
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
      }
      String key = Files.readString(file).strip();
      byte[] decoded;
      try {
        decoded = Base64.getDecoder().decode(key);
      } catch (IllegalArgumentException e) {
        decoded = new byte[0];
      }
      if (decoded.length < 32) {
        throw new LaunchException(
            "The payments key file "
                + file
                + " does not hold 32 or more bytes in base64; delete it to make a new one (spending"
                + " keys made with the old one stop working) or set PENNY_PAYMENTS_KEY.");
      }
      return key;
    } catch (IOException e) {
      throw new LaunchException(
          "Cannot read or write the payments key file " + file + ": " + e.getMessage(), e);
    }
  }
}
