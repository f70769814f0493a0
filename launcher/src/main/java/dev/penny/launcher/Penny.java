package dev.penny.launcher;

import fish.payara.micro.BootstrapException;
import fish.payara.micro.PayaraMicro;
import fish.payara.micro.PayaraMicroRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/**
 * One command for Penny: Keycloak (unless {@code PENNY_OIDC_URL} names a provider), a database
 * (embedded MariaDB unless {@code PENNY_DB_URL} names one), then Payara Micro with the storefront
 * and the demo stores, in a second JVM that maps a class-data archive ({@link ServerJvm}). Keycloak
 * starts at a lower priority while the storefront deploys; {@code Penny ready: ...} is printed when
 * the stores and the sign-in both answer. A failed start stops what it started and exits non-zero
 * with the reason.
 */
public final class Penny {

  static final String KEYCLOAK_VERSION = "26.7.3";

  private Penny() {}

  public static void main(String[] args) {
    if (Boolean.getBoolean(ClusterPeer.PEER_PROPERTY)) {
      ClusterPeer.run();
      return;
    }
    if (!ServerJvm.runHere(System.getenv())) {
      int exit;
      try {
        exit = ServerJvm.start(args);
      } catch (LaunchException e) {
        System.err.println("Penny could not start: " + e.getMessage());
        exit = 2;
      }
      System.exit(exit);
    }
    ServerJvm.stopWithLauncher();
    Instant started = ServerJvm.processStart();
    EmbeddedDatabase embedded = null;
    KeycloakServer keycloak = null;
    try {
      boolean training = TrainingRun.requested(System.getenv());
      LauncherConfig config =
          LauncherConfig.fromEnvironment(
              training ? TrainingRun.environment(System.getenv()) : System.getenv());
      if (!Ports.isFree(config.httpPort())) {
        throw new LaunchException(
            "Port "
                + config.httpPort()
                + " is already in use. Stop what uses it or set PENNY_HTTP_PORT to another port.");
      }
      Optional<LocalCluster> cluster =
          LocalCluster.fromEnvironment(System.getenv(), config.httpPort());
      if (cluster.isPresent() && !cluster.get().busyPorts().isEmpty()) {
        throw new LaunchException(
            "The local cluster needs ports "
                + cluster.get().busyPorts()
                + ", which are in use. Stop what uses them, or set PENNY_HTTP_PORT and"
                + " PENNY_CLUSTER_PORT to other ports.");
      }
      int serverPort = cluster.map(c -> c.serverPort(0)).orElse(config.httpPort());
      // The ports Penny's own services listen on (with the addresses of its database, identity
      // provider and mail, which come from their settings): no webhook may be sent to them.
      List<Integer> ownPorts = new ArrayList<>(List.of(config.httpPort()));
      if (config.externalIdentityProvider().isEmpty()) {
        ownPorts.add(KeycloakServer.managementPort());
      }
      cluster.ifPresent(c -> ownPorts.addAll(c.ownPorts()));
      System.setProperty(
          "penny.own-ports",
          ownPorts.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")));
      if (cluster.isPresent() && System.getenv("PENNY_TRUSTED_PROXIES") == null) {
        // The servers hear every client through the loopback proxy, which says in
        // X-Forwarded-For whom it forwarded (the card page's attempt limit counts by client).
        System.setProperty("penny.trusted-proxies", "127.0.0.1,::1");
      }
      AppArchives apps = AppArchives.in(appsDir());
      if (config.externalIdentityProvider().isEmpty()) {
        keycloak =
            KeycloakServer.start(keycloakDistribution(), config.dataDir(), config.keycloakPort());
        if (training) {
          keycloak.keepDatabaseAsSeed();
        }
        KeycloakServer server = keycloak;
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "penny-keycloak-stop"));
      }
      // Payara boots its runtime while the database starts; the application needs the database
      // only when it deploys. (The database is started from the main thread.)
      CompletableFuture<PayaraMicroRuntime> runtime =
          CompletableFuture.supplyAsync(
              () ->
                  bootPayara(
                      config.dataDir(),
                      "payara-runtime",
                      serverPort,
                      config.publicUrl(),
                      cluster.map(c -> c.member(0))),
              Penny::runOnNewThread);
      if (config.externalDatabase().isEmpty()) {
        embedded = EmbeddedDatabase.start(config.dataDir());
        EmbeddedDatabase database = embedded;
        Runtime.getRuntime().addShutdownHook(new Thread(database::close, "penny-db-stop"));
      }
      configureDatabase(config, embedded, serverPort);
      configureMail(config);
      configureIdentityProvider(config, keycloak);
      // The storefront deploys while Keycloak starts; it asks Keycloak only when someone signs in.
      deploy(join(runtime), apps, serverPort);
      if (keycloak != null) {
        keycloak.awaitReady();
      }
      if (cluster.isPresent()) {
        startLocalCluster(cluster.get(), config, apps);
      }

      String base = "http://localhost:" + config.httpPort();
      long seconds = Duration.between(started, Instant.now()).toSeconds();
      System.out.println("Penny started in " + seconds + " s");
      if (keycloak != null) {
        printDemoUsers();
      }
      System.out.println("Penny ready: " + base + "/s/demo-books/ " + base + "/s/demo-coffee/");
      ClassDataArchive.writeNowIfAsked();
      if (training) {
        System.out.println("Penny training run done; stopping");
        System.exit(0);
      }
    } catch (LaunchException e) {
      System.err.println("Penny could not start: " + e.getMessage());
      stop(embedded, keycloak);
      System.exit(2);
    } catch (RuntimeException e) {
      System.err.println("Penny could not start: " + e);
      e.printStackTrace();
      stop(embedded, keycloak);
      System.exit(1);
    }
  }

  /**
   * Servers 2 to N, started once server 1 has migrated the database and seeded the demo stores,
   * then the proxy on Penny's port in front of all of them.
   */
  private static void startLocalCluster(
      LocalCluster cluster, LauncherConfig config, AppArchives apps) {
    LocalCluster.Peers peers = cluster.startPeers(config.dataDir());
    Runtime.getRuntime().addShutdownHook(new Thread(peers::stop, "penny-cluster-stop"));
    for (int i = 1; i < cluster.servers(); i++) {
      int port = cluster.serverPort(i);
      Process peer = peers.process(i);
      if (!DeploymentCheck.storefrontAnswers(port, peer)) {
        throw new LaunchException(
            "Penny server " + (i + 1) + " (port " + port + ") did not start; see its log above");
      }
    }
    LoopbackProxy proxy =
        LoopbackProxy.start(
            config.httpPort(),
            cluster.serverPorts(),
            java.net.URI.create(config.checkoutZone().url()).getHost(),
            cluster.serverPort(0));
    Runtime.getRuntime().addShutdownHook(new Thread(proxy::close, "penny-proxy-stop"));
    System.out.println(
        "Penny cluster: "
            + cluster.servers()
            + " servers on ports "
            + cluster.serverPorts()
            + " (Hazelcast members from port "
            + cluster.clusterPort()
            + "), behind a proxy on 127.0.0.1:"
            + config.httpPort()
            + "; the checkout zone runs on the first");
  }

  private static void configureDatabase(
      LauncherConfig config, EmbeddedDatabase embedded, int serverPort) {
    String url;
    String user;
    String password;
    if (embedded == null) {
      var external = config.externalDatabase().orElseThrow();
      url = external.url();
      user = external.user();
      password = external.password();
      System.out.println("Penny database: external " + redact(url));
    } else {
      url = embedded.jdbcUrl();
      user = EmbeddedDatabase.APP_USER;
      password = embedded.appPassword();
      System.setProperty("hibernate.dialect", "org.hibernate.dialect.MariaDBDialect");
      System.out.println(
          "Penny database: " + url + " (embedded MariaDB, data in " + embedded.dataDir() + ")");
    }
    System.setProperty("penny.db.url", url);
    System.setProperty("penny.db.user", user);
    // MicroProfile Config treats an empty value as missing; a server that asks for no password
    // ignores the one it is given.
    System.setProperty("penny.db.password", password.isEmpty() ? "-" : password);
    configureCheckoutZone(config, embedded, serverPort);
    if (System.getenv("PENNY_PAYMENTS_KEY") == null) {
      System.setProperty("penny.payments.key", PaymentsKeyFile.ensure(config.dataDir()));
    }
    System.setProperty("penny.demo.seed", Boolean.toString(config.seedDemoStores()));
    System.setProperty("penny.public-url", config.publicUrl());
    if (config.statistics()) {
      System.setProperty("hibernate.generate_statistics", "true");
      System.setProperty("penny.ops.stats-endpoint", "true");
    }
  }

  /**
   * Where receipts go: the configured SMTP server, or a local one (GreenMail on loopback) whose
   * sandbox mailbox gets a copy of every message, for the sandbox's mailbox page.
   */
  private static void configureMail(LauncherConfig config) {
    if (config.smtp().isPresent()) {
      LauncherConfig.Smtp smtp = config.smtp().get();
      System.setProperty("penny.smtp.host", smtp.host());
      System.setProperty("penny.smtp.port", Integer.toString(smtp.port()));
      System.setProperty("penny.smtp.from", smtp.from());
      System.setProperty("penny.smtp.starttls", Boolean.toString(smtp.startTls()));
      if (!smtp.user().isEmpty()) {
        System.setProperty("penny.smtp.user", smtp.user());
        System.setProperty(
            "penny.smtp.password", smtp.password().isEmpty() ? "-" : smtp.password());
      }
      return;
    }
    LocalMailServer mail = LocalMailServer.start();
    Runtime.getRuntime().addShutdownHook(new Thread(mail::close, "penny-mail-stop"));
    System.setProperty("penny.smtp.host", "127.0.0.1");
    System.setProperty("penny.smtp.port", Integer.toString(mail.smtpPort()));
    System.setProperty("penny.mail.sandbox-copy", LocalMailServer.SANDBOX_MAILBOX);
    System.setProperty("penny.sandbox.imap-port", Integer.toString(mail.imapPort()));
    System.setProperty("penny.sandbox.imap-user", LocalMailServer.SANDBOX_MAILBOX);
    System.setProperty("penny.sandbox.imap-password", mail.password());
    System.out.println(
        "Penny mail: local SMTP on 127.0.0.1:"
            + mail.smtpPort()
            + ", sandbox mailbox on IMAP 127.0.0.1:"
            + mail.imapPort());
  }

  /**
   * The checkout zone's settings, for both wars: its origin, the sandbox switch, the server secret
   * the storefront calls its API with (new at every start unless given), and for the zone alone its
   * database (schema {@code vault}, its own user) and its vault keys.
   */
  private static void configureCheckoutZone(
      LauncherConfig config, EmbeddedDatabase embedded, int serverPort) {
    LauncherConfig.CheckoutZone zone = config.checkoutZone();
    System.setProperty("penny.checkout.url", zone.url());
    System.setProperty(
        "penny.checkout.api-url", "http://127.0.0.1:" + serverPort + "/checkout/api/v1");
    System.setProperty("penny.sandbox", Boolean.toString(zone.sandbox()));
    // The sandbox clock moves time for every store: on with the sandbox for one person trying
    // Penny; PENNY_SANDBOX_CLOCK=false keeps it still in a sandbox several people share.
    System.setProperty(
        "penny.sandbox.clock",
        Boolean.toString(
            zone.sandbox() && !"false".equalsIgnoreCase(System.getenv("PENNY_SANDBOX_CLOCK"))));
    // Webhooks to this machine's own network (a receiver on localhost) are for trying Penny: on
    // with the sandbox, off otherwise; PENNY_WEBHOOKS_ALLOW_PRIVATE_NETWORKS says either way.
    System.setProperty(
        "penny.webhooks.allow-private-networks",
        Optional.ofNullable(System.getenv("PENNY_WEBHOOKS_ALLOW_PRIVATE_NETWORKS"))
            .map(v -> Boolean.toString(Boolean.parseBoolean(v)))
            .orElse(Boolean.toString(zone.sandbox())));
    System.setProperty(
        "penny.checkout.api-secret",
        Optional.ofNullable(System.getenv("PENNY_CHECKOUT_API_SECRET"))
            .filter(s -> s.length() >= 32)
            .orElseGet(VaultKeyFile::randomSecret));
    if (embedded != null) {
      System.setProperty("penny.vault.db.url", embedded.vaultJdbcUrl());
      System.setProperty("penny.vault.db.user", EmbeddedDatabase.VAULT_USER);
      System.setProperty("penny.vault.db.password", embedded.vaultPassword());
    } else {
      var vault = zone.vaultDatabase().orElseThrow();
      System.setProperty("penny.vault.db.url", vault.url());
      System.setProperty("penny.vault.db.user", vault.user());
      System.setProperty(
          "penny.vault.db.password", vault.password().isEmpty() ? "-" : vault.password());
    }
    if (zone.keys().isPresent()) {
      System.setProperty("penny.vault.keys", zone.keys().get());
    } else {
      System.setProperty("penny.vault.key-file", VaultKeyFile.ensure(config.dataDir()).toString());
    }
  }

  private static void configureIdentityProvider(LauncherConfig config, KeycloakServer keycloak) {
    String issuer;
    String clientId;
    String secret;
    String adminRealm = "master";
    String adminUser = KeycloakServer.ADMIN_USER;
    String adminPassword = KeycloakServer.ADMIN_PASSWORD;
    if (keycloak == null) {
      var external = config.externalIdentityProvider().orElseThrow();
      issuer = external.issuer();
      clientId = external.clientId();
      secret = external.clientSecret();
      adminRealm = external.adminRealm();
      adminUser = external.adminUser();
      adminPassword = external.adminPassword();
      System.out.println("Penny sign-in: external OpenID Connect provider " + issuer);
    } else {
      issuer = keycloak.issuer();
      clientId = KeycloakServer.CLIENT_ID;
      secret = KeycloakServer.CLIENT_SECRET;
      System.out.println(
          "Penny sign-in: Keycloak "
              + keycloak.baseUrl()
              + " (admin console "
              + KeycloakServer.ADMIN_USER
              + " / "
              + KeycloakServer.ADMIN_PASSWORD
              + "; log "
              + keycloak.log()
              + ")");
    }
    System.setProperty("penny.oidc.issuer", issuer);
    System.setProperty("penny.oidc.client-id", clientId);
    System.setProperty("penny.oidc.client-secret", secret.isEmpty() ? "-" : secret);
    System.setProperty("penny.keycloak.admin.realm", adminRealm);
    System.setProperty("penny.keycloak.admin.username", adminUser);
    System.setProperty(
        "penny.keycloak.admin.password", adminPassword.isEmpty() ? "-" : adminPassword);
  }

  private static void printDemoUsers() {
    System.out.println("Penny demo users (password penny-demo):");
    System.out.println("  owner-books     owner of demo-books");
    System.out.println("  staff-books     staff of demo-books");
    System.out.println("  owner-coffee    owner of demo-coffee");
    System.out.println("  shopper         a shopper");
    System.out.println("  platform-admin  platform operator");
  }

  static PayaraMicroRuntime bootPayara(
      Path dataDir,
      String runtimeFolder,
      int port,
      String publicUrl,
      Optional<ClusterMember> member) {
    try {
      // A fresh runtime folder every start: a reused one redeploys old applications.
      Path root = dataDir.resolve(runtimeFolder);
      deleteQuietly(root);
      Files.createDirectories(root);
      // Payara's runtime jars unpacked once into the data folder and loaded as plain files: read
      // from inside payara-micro.jar (nested jars) every class and resource lookup costs several
      // times more, which doubled the storefront's deploy.
      PayaraMicro.setUpackedJarDir(dataDir.resolve("payara-jars").toFile());
      if (member.isPresent()) {
        // Hazelcast binds every interface unless told not to, even with its interface set.
        System.setProperty("hazelcast.socket.bind.any", "false");
      }
      PayaraMicro micro = PayaraMicro.getInstance();
      micro.addLibrary(requestGuard().toFile());
      ServerLogFormat.fromEnvironment(System.getenv())
          .ifPresent(file -> micro.setLogPropertiesFile(file.write(root).toFile()));
      micro.setPreBootHandler(
          commands ->
              ServerSettings.prebootCommands(publicUrl, member)
                  .forEach(
                      c -> commands.run(c.get(0), c.subList(1, c.size()).toArray(String[]::new))));
      return micro
          .setRootDir(root.toFile())
          .setHttpPort(port)
          .setHttpAutoBind(false)
          .setNoCluster(member.isEmpty())
          .setPrintLogo(false)
          .bootStrap();
    } catch (BootstrapException | IOException e) {
      throw new LaunchException("Payara Micro did not start: " + e.getMessage(), e);
    }
  }

  static void deploy(PayaraMicroRuntime runtime, AppArchives apps, int port) {
    for (AppArchives.App app : apps.apps()) {
      if (!runtime.deploy(app.name(), app.contextRoot(), app.file().toFile())) {
        throw new LaunchException(
            app.file().getFileName() + " did not deploy; see the server log above for the cause");
      }
    }
    if (!DeploymentCheck.storefrontAnswers(port)) {
      throw new LaunchException("The storefront does not answer; see the server log above");
    }
    boolean zone = apps.apps().stream().anyMatch(a -> a.name().equals("checkout"));
    if (zone && !DeploymentCheck.checkoutZoneAnswers(port)) {
      throw new LaunchException("The checkout zone does not answer; see the server log above");
    }
  }

  private static void runOnNewThread(Runnable task) {
    new Thread(task, "penny-payara-boot").start();
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  private static void stop(EmbeddedDatabase embedded, KeycloakServer keycloak) {
    if (keycloak != null) {
      keycloak.close();
    }
    if (embedded != null) {
      embedded.close();
    }
  }

  static Path appsDir() {
    return Optional.ofNullable(System.getenv("PENNY_APPS_DIR"))
        .map(Path::of)
        .orElse(ServerJvm.launcherJar().getParent().resolve("apps"));
  }

  /**
   * The jar that installs Penny's request guard in Payara's HTTP layer (malformed requests get a
   * 400 with a body there, before any application): required, as it is part of Penny's defences.
   */
  static Path requestGuard() {
    Path jar = appsDir().getParent().resolve("payara-lib").resolve("penny-http-guard.jar");
    if (!Files.isRegularFile(jar)) {
      throw new LaunchException(
          "The request guard is missing: " + jar + " (run mvn package first)");
    }
    return jar;
  }

  static Path keycloakDistribution() {
    return appsDir().getParent().resolve("keycloak").resolve("keycloak-" + KEYCLOAK_VERSION);
  }

  private static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&]*", "$1***");
  }

  private static void deleteQuietly(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // A leftover folder is wiped at the next start.
    }
  }
}
