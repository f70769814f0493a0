package dev.penny.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {

  @TempDir Path folder;

  private Path distribution() throws IOException {
    return Files.createDirectories(folder.resolve("server-1.0"));
  }

  private Path code(String content) throws IOException {
    Path jar = folder.resolve("server.jar");
    Files.writeString(jar, content);
    return jar;
  }

  /** What the JVM does at the exit of a first start: writes the archive the option names. */
  private Path writeTheArchiveOfAFirstStart(Path code) throws IOException {
    String option = ClassDataArchive.beside(distribution(), "server", code).javaOption();
    Path archive = Path.of(option.split(" ")[0].substring("-XX:ArchiveClassesAtExit=".length()));
    Files.writeString(archive, "archive");
    return archive;
  }

  @Test
  void theFirstStartWritesTheArchiveAtExit() throws IOException {
    ClassDataArchive archive = ClassDataArchive.beside(distribution(), "server", code("v1"));

    assertThat(archive.javaOption())
        .startsWith("-XX:ArchiveClassesAtExit=" + folder.toAbsolutePath() + "/server-")
        .contains(".jsa")
        .contains("-Xlog:cds=off");
  }

  @Test
  void laterStartsMapTheArchiveTheFirstWrote() throws IOException {
    Path code = code("v1");
    Path written = writeTheArchiveOfAFirstStart(code);

    assertThat(ClassDataArchive.beside(distribution(), "server", code).javaOption())
        .startsWith("-XX:SharedArchiveFile=" + written);
  }

  @Test
  void aRebuiltJarGetsANewArchiveAndTheOldOneIsRemoved() throws IOException {
    Path code = code("v1");
    Path old = writeTheArchiveOfAFirstStart(code);
    Path unrelated = Files.writeString(folder.resolve("keycloak-0000.jsa"), "other server");

    Files.writeString(code, "v2, rebuilt");
    Files.setLastModifiedTime(code, FileTime.from(Instant.now().plusSeconds(60)));
    String second = ClassDataArchive.beside(distribution(), "server", code).javaOption();

    assertThat(second).startsWith("-XX:ArchiveClassesAtExit=").doesNotContain(old.toString());
    assertThat(old).doesNotExist();
    assertThat(unrelated).exists();
  }

  @Test
  void aFolderWithASpaceGetsNoArchive() throws IOException {
    Path spaced = Files.createDirectories(folder.resolve("my apps").resolve("server-1.0"));

    assertThat(ClassDataArchive.beside(spaced, "server", code("v1")).javaOption()).isEmpty();
  }

  @Test
  void aServerWithoutArchiveRecordsWhatItNeedsToWriteOneAfterStarting() throws IOException {
    ClassDataArchive archive = ClassDataArchive.beside(distribution(), "server", code("v1"));

    assertThat(archive.javaOptionsForDumpAfterStart())
        .contains("-XX:+RecordDynamicDumpInfo")
        .anySatisfy(
            option ->
                assertThat(option)
                    .startsWith(
                        "-Dpenny.launcher.write-class-data-archive=" + folder.toAbsolutePath())
                    .endsWith(".jsa"));
  }

  @Test
  void aServerWithItsArchiveMapsIt() throws IOException {
    Path code = code("v1");
    String target =
        ClassDataArchive.beside(distribution(), "server", code)
            .javaOptionsForDumpAfterStart()
            .stream()
            .filter(option -> option.startsWith("-Dpenny.launcher.write-class-data-archive="))
            .findFirst()
            .orElseThrow()
            .split("=", 2)[1];
    Files.writeString(Path.of(target), "archive");

    assertThat(
            ClassDataArchive.beside(distribution(), "server", code).javaOptionsForDumpAfterStart())
        .contains("-XX:SharedArchiveFile=" + target)
        .doesNotContain("-XX:+RecordDynamicDumpInfo");
  }
}
