package dev.penny.platform.webhook;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The ports on which Penny's own services may listen on this machine: its web server (every server
 * of a local cluster, and their cluster members), the checkout zone, the identity provider, the
 * databases, and the mail server. Where private networks are allowed for webhooks (a sandbox whose
 * receivers run on the same machine), a webhook to this machine on one of these ports is still
 * refused, so that a store cannot make Penny call its own database or identity provider and learn
 * from the delivery's status whether they answer.
 */
public final class OwnServicePorts {

  private static final Pattern JDBC_PORT = Pattern.compile("//(?:\\[[^\\]]*\\]|[^/:\\[]*):(\\d+)");

  private static final String[] URL_SETTINGS = {
    "penny.public-url", "penny.checkout.url", "penny.checkout.api-url", "penny.oidc.issuer",
  };

  private static final String[] JDBC_SETTINGS = {"penny.db.url", "penny.vault.db.url"};

  private static final String[] PORT_SETTINGS = {"penny.smtp.port", "penny.sandbox.imap-port"};

  private OwnServicePorts() {}

  /** The ports named by Penny's settings (and {@code penny.own-ports}, which the launcher sets). */
  public static Set<Integer> configured() {
    Config config = ConfigProvider.getConfig();
    return of(name -> config.getOptionalValue(name, String.class));
  }

  /** {@code ports} and the port of Penny's public address (its default when not configured). */
  static Set<Integer> withPublicUrl(Set<Integer> ports, URI publicUrl) {
    Set<Integer> all = new TreeSet<>(ports);
    all.add(WebhookAddressRule.portOf(publicUrl));
    return Set.copyOf(all);
  }

  /** The ports named by these settings. */
  static Set<Integer> of(java.util.function.Function<String, Optional<String>> setting) {
    Set<Integer> ports = new TreeSet<>();
    for (String name : URL_SETTINGS) {
      setting.apply(name).flatMap(OwnServicePorts::urlPort).ifPresent(ports::add);
    }
    for (String name : JDBC_SETTINGS) {
      setting.apply(name).flatMap(OwnServicePorts::jdbcPort).ifPresent(ports::add);
    }
    for (String name : PORT_SETTINGS) {
      setting.apply(name).flatMap(OwnServicePorts::number).ifPresent(ports::add);
    }
    setting
        .apply("penny.own-ports")
        .ifPresent(
            list -> {
              for (String part : list.split(",")) {
                number(part).ifPresent(ports::add);
              }
            });
    return Set.copyOf(ports);
  }

  private static Optional<Integer> urlPort(String url) {
    try {
      URI uri = URI.create(url.strip());
      return uri.getHost() == null ? Optional.empty() : Optional.of(WebhookAddressRule.portOf(uri));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** A JDBC address's port ({@code jdbc:mariadb://host:3307/db}); MariaDB's 3306 when none. */
  static Optional<Integer> jdbcPort(String url) {
    if (!url.startsWith("jdbc:")) {
      return Optional.empty();
    }
    Matcher m = JDBC_PORT.matcher(url);
    if (m.find()) {
      return number(m.group(1));
    }
    return url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")
        ? Optional.of(3306)
        : Optional.empty();
  }

  private static Optional<Integer> number(String text) {
    try {
      int port = Integer.parseInt(text.strip());
      return port > 0 && port <= 65_535 ? Optional.of(port) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
