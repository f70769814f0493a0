package dev.penny.payments.spending;

import dev.penny.money.Money;
import dev.penny.payments.purchase.Funding;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A shopper's spending key: its public id ({@code spk_...}), label, daily cap per store, how it
 * pays (wallet or tab), the one store it is limited to (if any), and when it was revoked.
 */
public record SpendingKey(
    long id,
    String publicId,
    String shopper,
    String label,
    Money dailyCap,
    Funding funding,
    OptionalLong storeId,
    Instant createdAt,
    Optional<Instant> revokedAt) {

  public boolean isRevoked() {
    return revokedAt.isPresent();
  }
}
