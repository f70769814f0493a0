package dev.penny.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaymentsKeyFileTest {

  @Test
  void makesOneOwnerOnlyKeyAndKeepsIt(@TempDir Path dir) throws Exception {
    String first = PaymentsKeyFile.ensure(dir);

    assertThat(Base64.getDecoder().decode(first)).hasSize(32);
    assertThat(PaymentsKeyFile.ensure(dir)).as("the same key at the next start").isEqualTo(first);
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve(PaymentsKeyFile.NAME))))
        .isEqualTo("rw-------");
  }

  @Test
  void refusesAFileThatHoldsNoKey(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve(PaymentsKeyFile.NAME), "c2hvcnQ=\n");

    assertThatThrownBy(() -> PaymentsKeyFile.ensure(dir))
        .isInstanceOf(LaunchException.class)
        .hasMessageContaining("32 or more bytes");
  }
}
