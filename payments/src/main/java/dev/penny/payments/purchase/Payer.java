package dev.penny.payments.purchase;

import dev.penny.payments.ledger.Posting;
import java.util.Objects;
import java.util.Optional;

/**
 * Who pays and how: the shopper, wallet or tab, where, and (for a machine client) the spending key
 * whose daily cap the purchase counts against and the payment's single-use nonce.
 */
public record Payer(
    String shopper,
    Funding funding,
    Channel channel,
    Optional<Posting.KeySpend> spend,
    Optional<String> nonce) {

  public Payer {
    Objects.requireNonNull(shopper, "shopper");
    Objects.requireNonNull(funding, "funding");
    Objects.requireNonNull(channel, "channel");
  }

  public static Payer onPage(String shopper, Funding funding) {
    return new Payer(shopper, funding, Channel.PAGE, Optional.empty(), Optional.empty());
  }

  /** A shopper paying through the embeddable button on another site. */
  public static Payer throughButton(String shopper, Funding funding) {
    return new Payer(shopper, funding, Channel.BUTTON, Optional.empty(), Optional.empty());
  }
}
