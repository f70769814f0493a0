package dev.penny.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppArchivesTest {

  @TempDir Path apps;

  @Test
  void deploysTheStorefrontAtTheRootFirstAndEveryOtherWarAtItsName() throws IOException {
    Files.writeString(apps.resolve("checkout.war"), "x");
    Files.writeString(apps.resolve("ROOT.war"), "x");
    Files.writeString(apps.resolve("admin-tools.war"), "x");
    Files.writeString(apps.resolve("notes.txt"), "not an archive");

    AppArchives found = AppArchives.in(apps);

    assertThat(found.apps())
        .extracting(AppArchives.App::name, AppArchives.App::contextRoot)
        .containsExactly(
            tuple("ROOT", "/"),
            tuple("admin-tools", "/admin-tools"),
            tuple("checkout", "/checkout"));
  }

  @Test
  void refusesToStartWithoutTheStorefront() throws IOException {
    Files.writeString(apps.resolve("checkout.war"), "x");

    assertThatThrownBy(() -> AppArchives.in(apps))
        .isInstanceOf(LaunchException.class)
        .hasMessageContaining("ROOT.war");
  }

  @Test
  void refusesAWarWhoseNameIsNoContextRoot() throws IOException {
    Files.writeString(apps.resolve("ROOT.war"), "x");
    Files.writeString(apps.resolve("Bad Name.war"), "x");

    assertThatThrownBy(() -> AppArchives.in(apps))
        .isInstanceOf(LaunchException.class)
        .hasMessageContaining("Bad Name.war");
  }
}
