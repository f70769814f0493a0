package dev.penny.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a helper process at a lower CPU priority ({@code nice}) where the system has it, so that on
 * a small machine Penny's own server gets the cores first while both start.
 */
final class LowerPriority {

  private static final List<Path> NICE = List.of(Path.of("/usr/bin/nice"), Path.of("/bin/nice"));

  private LowerPriority() {}

  /** The words to put before a command; empty where {@code nice} is not available. */
  static List<String> prefix() {
    return NICE.stream()
        .filter(Files::isExecutable)
        .findFirst()
        .map(nice -> List.of(nice.toString(), "-n", "10"))
        .orElse(List.of());
  }
}
