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
 * own origin, the button's frame holds a grant: {@code <shopper>.<store id>.<expiry>.<mac>}, the
 * shopper's subject in base64url, bound to one store and valid for an hour, authenticated by the
 * platform key. Nothing is stored: a grant is checked by its MAC and its expiry. It travels in a
 * header the frame's script sets, so no other site can make the browser send it.
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

  /** A grant for the shopper to buy in the store through the button, for {@link #LIFETIME}. */
  public String issue(String shopper, long storeId) {
    long expires = clock.instant().plus(LIFETIME).getEpochSecond();
    String body =
        URL.encodeToString(shopper.getBytes(StandardCharsets.UTF_8))
            + "."
            + storeId
            + "."
            + expires;
    return body + "." + mac(body);
  }

  /** The shopper a grant names, if it is authentic, unexpired and for this store. */
  public Optional<String> shopperOf(String grant, long storeId) {
    if (grant == null || grant.length() > 512) {
      return Optional.empty();
    }
    String[] parts = grant.split("\\.", -1);
    if (parts.length != 4
        || !parts[1].matches("[1-9][0-9]{0,17}")
        || !parts[2].matches("[1-9][0-9]{0,11}")) {
      return Optional.empty();
    }
    String body = parts[0] + "." + parts[1] + "." + parts[2];
    if (!MessageDigest.isEqual(
        mac(body).getBytes(StandardCharsets.US_ASCII),
        parts[3].getBytes(StandardCharsets.US_ASCII))) {
      return Optional.empty();
    }
    if (Long.parseLong(parts[1]) != storeId
        || !Instant.ofEpochSecond(Long.parseLong(parts[2])).isAfter(clock.instant())) {
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
