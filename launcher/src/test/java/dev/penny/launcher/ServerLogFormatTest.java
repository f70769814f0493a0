package dev.penny.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerLogFormatTest {

  @TempDir Path folder;

  @Test
  void jsonLogsUsePayarasJsonFormatterOnTheConsole() throws IOException {
    ServerLogFormat json =
        ServerLogFormat.fromEnvironment(Map.of("PENNY_LOG_FORMAT", " JSON ")).orElseThrow();

    Properties settings = new Properties();
    try (Reader in = Files.newBufferedReader(json.write(folder))) {
      settings.load(in);
    }

    assertThat(settings.getProperty("handlers")).isEqualTo("java.util.logging.ConsoleHandler");
    assertThat(settings.getProperty("java.util.logging.ConsoleHandler.formatter"))
        .isEqualTo("fish.payara.enterprise.server.logging.JSONLogFormatter");
  }

  @Test
  void textIsTheDefaultAndAnythingElseIsRefusedByName() {
    assertThat(ServerLogFormat.fromEnvironment(Map.of())).isEmpty();
    assertThat(ServerLogFormat.fromEnvironment(Map.of("PENNY_LOG_FORMAT", "text"))).isEmpty();
    assertThatThrownBy(() -> ServerLogFormat.fromEnvironment(Map.of("PENNY_LOG_FORMAT", "xml")))
        .isInstanceOf(LaunchException.class)
        .hasMessageContaining("PENNY_LOG_FORMAT");
  }
}
