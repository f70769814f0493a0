package dev.penny.launcher;

import fish.payara.micro.BootstrapException;
import fish.payara.micro.PayaraMicro;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One command for Penny: a database (embedded MariaDB unless {@code PENNY_DB_URL} names one), then
 * Payara Micro with the storefront, then the demo stores. Prints {@code Penny ready: ...} when the
 * stores answer. A failed start stops what it started and exits non-zero with the reason.
 */
public final class Penny {

  private Penny() {}

  public static void main(String[] args) {
    long started = System.nanoTime();
    EmbeddedDatabase embedded = null;
    try {
      LauncherConfig config = LauncherConfig.fromEnvironment(System.getenv());
      if (!Ports.isFree(config.httpPort())) {
        throw new LaunchException(
            "Port "
                + config.httpPort()
                + " is already in use. Stop what uses it or set PENNY_HTTP_PORT to another port.");
      }
      String dbUrl;
      String dbUser;
      String dbPassword;
      if (config.externalDatabase().isPresent()) {
        var external = config.externalDatabase().get();
        dbUrl = external.url();
        dbUser = external.user();
        dbPassword = external.password();
        System.out.println("Penny database: external " + redact(dbUrl));
      } else {
        embedded = EmbeddedDatabase.start(config.dataDir());
        EmbeddedDatabase database = embedded;
        Runtime.getRuntime().addShutdownHook(new Thread(database::close, "penny-db-stop"));
        dbUrl = embedded.jdbcUrl();
        dbUser = EmbeddedDatabase.USER;
        dbPassword = EmbeddedDatabase.PASSWORD;
        System.setProperty("hibernate.dialect", "org.hibernate.dialect.MariaDBDialect");
        System.out.println(
            "Penny database: " + dbUrl + " (embedded MariaDB, data in " + embedded.dataDir() + ")");
      }
      System.setProperty("penny.db.url", dbUrl);
      System.setProperty("penny.db.user", dbUser);
      // MicroProfile Config treats an empty value as missing; the server ignores a password
      // that it does not ask for.
      System.setProperty("penny.db.password", dbPassword.isEmpty() ? "-" : dbPassword);
      System.setProperty("penny.demo.seed", Boolean.toString(config.seedDemoStores()));
      if (config.statistics()) {
        System.setProperty("hibernate.generate_statistics", "true");
        System.setProperty("penny.ops.stats-endpoint", "true");
      }

      bootPayara(config);
      String base = "http://localhost:" + config.httpPort();
      long seconds = (System.nanoTime() - started) / 1_000_000_000L;
      System.out.println("Penny started in " + seconds + " s");
      System.out.println("Penny ready: " + base + "/s/demo-books/ " + base + "/s/demo-coffee/");
    } catch (LaunchException e) {
      System.err.println("Penny could not start: " + e.getMessage());
      if (embedded != null) {
        embedded.close();
      }
      System.exit(2);
    } catch (RuntimeException e) {
      System.err.println("Penny could not start: " + e);
      e.printStackTrace();
      if (embedded != null) {
        embedded.close();
      }
      System.exit(1);
    }
  }

  private static void bootPayara(LauncherConfig config) {
    File war = appsDir().resolve("ROOT.war").toFile();
    if (!war.isFile()) {
      throw new LaunchException(
          "The storefront archive is missing: " + war + " (run mvn package first)");
    }
    try {
      // A fresh runtime folder every start: a reused one redeploys old applications.
      Path root = config.dataDir().resolve("payara-runtime");
      deleteQuietly(root);
      Files.createDirectories(root);
      PayaraMicro.getInstance()
          .setRootDir(root.toFile())
          .setHttpPort(config.httpPort())
          .setHttpAutoBind(false)
          .setNoCluster(true)
          .setPrintLogo(false)
          .addDeploymentFile(war)
          .bootStrap();
    } catch (BootstrapException | IOException e) {
      throw new LaunchException("Payara Micro did not start: " + e.getMessage(), e);
    }
    if (!DeploymentCheck.storefrontAnswers(config.httpPort())) {
      throw new LaunchException(
          "The storefront did not deploy; see the server log above for the cause");
    }
  }

  static Path appsDir() {
    try {
      Path jar = Path.of(Penny.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path home = Files.isDirectory(jar) ? jar.getParent() : jar.getParent();
      return Optional.ofNullable(System.getenv("PENNY_APPS_DIR"))
          .map(Path::of)
          .orElse(home.resolve("apps"));
    } catch (URISyntaxException e) {
      throw new LaunchException("Cannot locate the launcher's folder", e);
    }
  }

  private static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&]*", "$1***");
  }

  private static void deleteQuietly(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // A leftover temporary folder is harmless.
    }
  }
}
