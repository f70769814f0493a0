package dev.penny.payments.machine;

import dev.penny.money.Money;
import dev.penny.payments.ledger.LedgerRefusedException;
import dev.penny.payments.spending.SpendingKeySecrets;
import dev.penny.platform.crypto.RandomTokens;
import dev.penny.platform.problem.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Single-use payment nonces, made without storing anything: {@code <expiry>.<random>.<mac>}, the
 * MAC (under the platform key) binding the expiry and random part to the resource and price. A
 * nonce is checked here (genuine, for this resource and price, not expired); that it is used once
 * is the ledger's (a unique column on transfers).
 */
@ApplicationScoped
public class PaymentNonces {

  private static final Pattern SHAPE =
      Pattern.compile("([0-9]{10})\\.([0-9a-f]{32})\\.([A-Za-z0-9_-]{43})");

  private final SpendingKeySecrets secrets;
  private final Clock clock;

  @Inject
  public PaymentNonces(SpendingKeySecrets secrets, Clock clock) {
    this.secrets = secrets;
    this.clock = clock;
  }

  protected PaymentNonces() {
    this(null, null);
  }

  public PaymentRequirement require(
      String storeSlug, String resource, String description, Money price) {
    // Whole seconds: the nonce carries them, and the challenge's expires says the same instant.
    Instant expires =
        clock
            .instant()
            .plusSeconds(PaymentRequirement.MAX_TIMEOUT_SECONDS)
            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    String expiry = Long.toString(expires.getEpochSecond());
    String part = HexFormat.of().formatHex(RandomTokens.bytes(16));
    String nonce = expiry + "." + part + "." + mac(expiry, part, resource, price);
    return new PaymentRequirement(storeSlug, resource, description, price, nonce, expires);
  }

  /**
   * The requirement the nonce was made for, if it is genuine for this resource and price and not
   * expired.
   */
  public PaymentRequirement check(
      String nonce, String storeSlug, String resource, String description, Money price) {
    Matcher m = nonce == null ? null : SHAPE.matcher(nonce);
    if (m == null || !m.matches()) {
      throw new LedgerRefusedException(
          ErrorCode.PAYMENT_SIGNATURE_INVALID, "The payment names no nonce Penny issued.");
    }
    String expected = mac(m.group(1), m.group(2), resource, price);
    if (!MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        m.group(3).getBytes(StandardCharsets.US_ASCII))) {
      throw new LedgerRefusedException(
          ErrorCode.PAYMENT_SIGNATURE_INVALID,
          "The nonce was not issued for this resource at this price; ask again.");
    }
    Instant expires = Instant.ofEpochSecond(Long.parseLong(m.group(1)));
    if (!expires.isAfter(clock.instant())) {
      throw new LedgerRefusedException(
          ErrorCode.PAYMENT_NONCE_EXPIRED, "The payment's nonce expired; ask again.");
    }
    return new PaymentRequirement(storeSlug, resource, description, price, nonce, expires);
  }

  private String mac(String expiry, String part, String resource, Money price) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(
            secrets.mac(
                String.join(
                    "\n",
                    "penny-nonce",
                    expiry,
                    part,
                    resource,
                    Long.toString(price.micros()),
                    price.currency().getCurrencyCode())));
  }
}
