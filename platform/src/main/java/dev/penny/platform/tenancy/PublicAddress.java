package dev.penny.platform.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absolute addresses as people reach Penny, built from configuration ({@code penny.public-url}, set
 * from {@code PENNY_PUBLIC_URL}, and {@code penny.platform-domain}), never from a request's Host
 * header, which the client chooses. A store on its own host name ({@code demo-books.localhost})
 * gets that host, with the public URL's scheme and port.
 */
@ApplicationScoped
public class PublicAddress {

  private final URI publicUrl;
  private final String platformDomain;
  private final TenantContext context;

  @Inject
  public PublicAddress(
      @ConfigProperty(name = "penny.public-url", defaultValue = "http://localhost:8080")
          String publicUrl,
      @ConfigProperty(name = "penny.platform-domain", defaultValue = "localhost")
          String platformDomain,
      TenantContext context) {
    this.publicUrl = URI.create(publicUrl);
    this.platformDomain = platformDomain;
    this.context = context;
  }

  /** For CDI's proxy only. */
  protected PublicAddress() {
    this.publicUrl = null;
    this.platformDomain = null;
    this.context = null;
  }

  /**
   * The absolute address of {@code path} (starting with {@code /}, context path included) on the
   * host this request's store is served from, or the platform's.
   */
  public String of(String path) {
    String host =
        context.isOnStoreHost()
            ? context.tenant().orElseThrow().slug() + "." + platformDomain
            : publicUrl.getHost();
    String port = publicUrl.getPort() > 0 ? ":" + publicUrl.getPort() : "";
    return publicUrl.getScheme() + "://" + host + port + path;
  }

  /**
   * Whether a request's {@code Host} header is one an OpenID Connect return address may be built
   * from, as Keycloak knows it: Penny's configured host name (any port: a server of a cluster is
   * also reached directly), or, on a store's own host, exactly that store's host as {@link #of}
   * writes it (lower case, the public port). An unknown store's host, the checkout zone's, or a
   * store's written otherwise is not: Keycloak would refuse the return address.
   */
  public boolean isSignInHost(String hostHeader) {
    if (hostHeader == null) {
      return false;
    }
    String given = hostHeader.strip();
    if (context.isOnStoreHost()) {
      return given.equals(authorityOf(of("")));
    }
    String host = given.toLowerCase(java.util.Locale.ROOT);
    int colon = host.lastIndexOf(':');
    if (colon > 0 && !host.endsWith("]")) {
      host = host.substring(0, colon);
    }
    return host.equals(publicUrl.getHost().toLowerCase(java.util.Locale.ROOT));
  }

  private static String authorityOf(String absolute) {
    String rest = absolute.substring(absolute.indexOf("//") + 2);
    int slash = rest.indexOf('/');
    return slash < 0 ? rest : rest.substring(0, slash);
  }

  /**
   * The absolute address of {@code path} on the platform's own host, whatever the request (or none,
   * in background work): for links that leave the page, such as those in e-mails.
   */
  public String onPlatform(String path) {
    String port = publicUrl.getPort() > 0 ? ":" + publicUrl.getPort() : "";
    return publicUrl.getScheme() + "://" + publicUrl.getHost() + port + path;
  }
}
