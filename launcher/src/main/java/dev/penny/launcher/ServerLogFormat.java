package dev.penny.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The server's log as one JSON object per line ({@code PENNY_LOG_FORMAT=json}), for a log
 * collector: Payara's own JSON formatter on the console (keys {@code Timestamp}, {@code Level},
 * {@code LoggerName}, {@code LogMessage}, …). Without the variable the log stays Payara's readable
 * text. Penny logs no card data and no secret in either form.
 */
record ServerLogFormat(String formatter) {

  static final String JSON = "fish.payara.enterprise.server.logging.JSONLogFormatter";

  static Optional<ServerLogFormat> fromEnvironment(Map<String, String> env) {
    String format = env.getOrDefault("PENNY_LOG_FORMAT", "text").strip();
    if (format.equalsIgnoreCase("json")) {
      return Optional.of(new ServerLogFormat(JSON));
    }
    if (format.isEmpty() || format.equalsIgnoreCase("text")) {
      return Optional.empty();
    }
    throw new LaunchException("PENNY_LOG_FORMAT must be text or json, not '" + format + "'");
  }

  /** Writes the logging settings into {@code folder}; the file Payara is to read. */
  Path write(Path folder) {
    Path file = folder.resolve("penny-logging.properties");
    try {
      Files.writeString(
          file,
          String.join(
              "\n",
              "handlers=java.util.logging.ConsoleHandler",
              "java.util.logging.ConsoleHandler.formatter=" + formatter,
              "java.util.logging.ConsoleHandler.level=INFO",
              ".level=INFO",
              ""),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new LaunchException("Cannot write the log settings " + file + ": " + e.getMessage(), e);
    }
    return file;
  }
}
