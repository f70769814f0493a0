package dev.penny.storefront.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Whether the OpenID Connect provider answers, asked before a sign-in starts: when the launcher has
 * just started (Keycloak is still starting beside the stores) or Keycloak is down, the sign-in page
 * says so instead of failing inside the authentication mechanism. A provider that answered is
 * trusted for {@link #TRUSTED_FOR}; one that did not is asked again next time.
 */
@ApplicationScoped
public class ProviderAvailability {

  static final Duration TRUSTED_FOR = Duration.ofSeconds(30);
  private static final Duration TIMEOUT = Duration.ofSeconds(3);
  private static final Logger LOG = Logger.getLogger(ProviderAvailability.class.getName());

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(TIMEOUT).version(HttpClient.Version.HTTP_1_1).build();
  private final OidcSettings settings;
  private final Clock clock;
  private volatile Instant answeredAt = Instant.MIN;

  @Inject
  public ProviderAvailability(OidcSettings settings) {
    this(settings, Clock.systemUTC());
  }

  ProviderAvailability(OidcSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  protected ProviderAvailability() {
    this.settings = null;
    this.clock = null;
  }

  /** True when the provider's discovery document answered within the last 30 seconds or now. */
  public boolean answers() {
    Instant now = clock.instant();
    if (answeredAt.plus(TRUSTED_FOR).isAfter(now)) {
      return true;
    }
    if (discoveryAnswers()) {
      answeredAt = now;
      return true;
    }
    return false;
  }

  boolean discoveryAnswers() {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(settings.getIssuer() + "/.well-known/openid-configuration"))
            .timeout(TIMEOUT)
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      LOG.warning(() -> "The OpenID Connect provider does not answer: " + e);
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
