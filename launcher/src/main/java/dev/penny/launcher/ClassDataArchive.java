package dev.penny.launcher;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * A class-data-sharing archive (JDK CDS) for a server JVM the launcher starts, kept beside that
 * server's distribution. The first start writes it (Penny's server once it has started, Keycloak
 * when it exits); later starts map it and skip parsing and verifying the classes it holds. The JVM
 * checks the archive against itself and ignores one that does not match, so a stale file only costs
 * the time it would have saved.
 */
final class ClassDataArchive {

  /**
   * The JVM reports archive mismatches and skipped classes on stdout; Penny's console stays calm.
   */
  private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

  private static final String WRITE_AFTER_START = "penny.launcher.write-class-data-archive";

  private final Path file;
  private final String name;

  private ClassDataArchive(Path file, String name) {
    this.file = file;
    this.name = name;
  }

  /**
   * The archive for {@code name} in the folder that holds {@code distribution}, named after this
   * JDK and {@code code} (the jar whose classes it holds): a new JDK or a rebuilt jar gets a new
   * archive, and the older archives of that name are removed when it is written.
   */
  static ClassDataArchive beside(Path distribution, String name, Path code) {
    Path folder = distribution.toAbsolutePath().getParent();
    String key = Runtime.version() + "|" + fingerprint(code);
    String file = name + "-" + Integer.toHexString(key.hashCode()) + ".jsa";
    return new ClassDataArchive(folder.resolve(file), name);
  }

  private static String fingerprint(Path code) {
    try {
      return code.toAbsolutePath() + "|" + Files.size(code) + "|" + Files.getLastModifiedTime(code);
    } catch (IOException e) {
      return code.toString();
    }
  }

  /** True when the archive has been written. */
  boolean exists() {
    return Files.isRegularFile(file);
  }

  /**
   * The JVM option that uses the archive, or writes it at exit when there is none yet; empty when
   * the folder is not writable or its path cannot be passed through a shell variable.
   */
  String javaOption() {
    Path folder = file.getParent();
    if (!Files.isWritable(folder) || file.toString().contains(" ")) {
      return "";
    }
    String quiet = " " + String.join(" ", QUIET);
    if (Files.isRegularFile(file)) {
      return "-XX:SharedArchiveFile=" + file + quiet;
    }
    removeOlderArchives();
    return "-XX:ArchiveClassesAtExit=" + file + quiet;
  }

  /**
   * For a JVM that writes its own archive once it has started ({@link #writeNowIfAsked()}), so that
   * the archive holds what a whole start loads, not what an interrupted one did: maps the archive
   * when there is one, else asks the JVM to record what a dump needs.
   */
  List<String> javaOptionsForDumpAfterStart() {
    Path folder = file.getParent();
    if (!Files.isWritable(folder)) {
      return List.of();
    }
    if (Files.isRegularFile(file)) {
      return withQuiet("-XX:SharedArchiveFile=" + file);
    }
    removeOlderArchives();
    return withQuiet("-XX:+RecordDynamicDumpInfo", "-D" + WRITE_AFTER_START + "=" + file);
  }

  private static List<String> withQuiet(String... options) {
    List<String> all = new ArrayList<>(List.of(options));
    all.addAll(QUIET);
    return List.copyOf(all);
  }

  /**
   * In a JVM started with {@link #javaOptionsForDumpAfterStart()} and no archive yet: writes the
   * archive of the classes loaded so far (the JVM pauses for a few seconds, once).
   */
  static void writeNowIfAsked() {
    String target = System.getProperty(WRITE_AFTER_START);
    if (target == null) {
      return;
    }
    try {
      ManagementFactory.getPlatformMBeanServer()
          .invoke(
              new ObjectName("com.sun.management:type=DiagnosticCommand"),
              "vmCds",
              new Object[] {new String[] {"dynamic_dump", target}},
              new String[] {String[].class.getName()});
    } catch (JMException | RuntimeException e) {
      System.err.println("Penny: no class-data archive written (" + e + "); starts stay slower");
    }
  }

  private void removeOlderArchives() {
    try (Stream<Path> files = Files.list(file.getParent())) {
      files
          .filter(f -> f.getFileName().toString().matches(Pattern.quote(name) + "-[0-9a-f]+\\.jsa"))
          .filter(f -> !f.equals(file))
          .forEach(ClassDataArchive::deleteQuietly);
    } catch (IOException e) {
      // Left for the next start.
    }
  }

  private static void deleteQuietly(Path old) {
    try {
      Files.deleteIfExists(old);
    } catch (IOException e) {
      // Left for the next start.
    }
  }
}
