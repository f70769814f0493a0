package dev.penny.payments.button;

import dev.penny.payments.spending.SpendingKeySecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Grants for the embeddable button. After the shopper signs in and allows it in a pop-up on Penny's
 * own origin, the button's frame holds a grant: {@code <shopper>.<store id>.<expiry>.<site>.<mac>},
 * the shopper's subject and the site the shopper allowed (the origin of the page around the frame)
 * in base64url, bound to one store and valid for an hour, authenticated by the platform key.
 * Nothing is stored: a grant is checked by its MAC, its expiry, its store and its site (which the
 * frame's own script reports, and the page around it cannot change). It travels in a header the
 * frame's script sets, so no other site can make the browser send it.
 */
@ApplicationScoped
public class ButtonGrants {

  /** How long a grant lasts. */
  public static final Duration LIFETIME = Duration.ofHours(1);

  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder URL_DECODER = Base64.getUrlDecoder();

  private final SpendingKeySecrets secrets;
  private final Clock clock;

  @Inject
  public ButtonGrants(SpendingKeySecrets secrets, Clock clock) {
    this.secrets = secrets;
    this.clock = clock;
  }

  protected ButtonGrants() {
    this(null, null);
  }

  /** Whether {@code site} is an origin a grant can name ({@code https://blog.example:8443}). */
  public static boolean isSite(String site) {
    return site != null && site.matches("https?://[A-Za-z0-9.-]{1,200}(:[0-9]{1,5})?");
  }

  /**
   * A grant for the shopper to buy in the store through the button on {@code site}, for {@link
   * #LIFETIME}.
   */
  public String issue(String shopper, long storeId, String site) {
    if (!isSite(site)) {
      throw new IllegalArgumentException("Not a site's origin: " + site);
    }
    long expires = clock.instant().plus(LIFETIME).getEpochSecond();
    String body =
        URL.encodeToString(shopper.getBytes(StandardCharsets.UTF_8))
            + "."
            + storeId
            + "."
            + expires
            + "."
            + URL.encodeToString(site.getBytes(StandardCharsets.US_ASCII));
    return body + "." + mac(body);
  }

  /**
   * The shopper a grant names, if it is authentic, unexpired, for this store and for the site the
   * frame is on.
   */
  public Optional<String> shopperOf(String grant, long storeId, String site) {
    if (grant == null || grant.length() > 1024 || site == null) {
      return Optional.empty();
    }
    String[] parts = grant.split("\\.", -1);
    if (parts.length != 5
        || !parts[1].matches("[1-9][0-9]{0,17}")
        || !parts[2].matches("[1-9][0-9]{0,11}")) {
      return Optional.empty();
    }
    String body = parts[0] + "." + parts[1] + "." + parts[2] + "." + parts[3];
    if (!MessageDigest.isEqual(
        mac(body).getBytes(StandardCharsets.US_ASCII),
        parts[4].getBytes(StandardCharsets.US_ASCII))) {
      return Optional.empty();
    }
    if (Long.parseLong(parts[1]) != storeId
        || !Instant.ofEpochSecond(Long.parseLong(parts[2])).isAfter(clock.instant())
        || !URL.encodeToString(site.getBytes(StandardCharsets.US_ASCII)).equals(parts[3])) {
      return Optional.empty();
    }
    try {
      return Optional.of(new String(URL_DECODER.decode(parts[0]), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private String mac(String body) {
    return URL.encodeToString(secrets.mac("penny-button-v1\n" + body));
  }
}
