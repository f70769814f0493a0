package dev.penny.payments.ledger;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The store's row for a micro-purchase, written with its transfer. For an unlock, {@code contentId}
 * names the content item and {@code expiresAt} the end of a time pass (empty: forever); the writer
 * refuses it while the shopper still holds the item.
 */
public record PurchaseRecord(
    long tenantId,
    String shopper,
    String kind,
    OptionalLong itemId,
    String itemTitle,
    Optional<String> note,
    String funding,
    String channel,
    boolean unlocksContent,
    Optional<Instant> expiresAt) {

  public PurchaseRecord {
    Objects.requireNonNull(shopper, "shopper");
    if (tenantId <= 0) {
      throw new IllegalArgumentException("A purchase belongs to a store");
    }
    if (unlocksContent && itemId.isEmpty()) {
      throw new IllegalArgumentException("An unlock names its content item");
    }
    itemTitle = itemTitle.length() > 200 ? itemTitle.substring(0, 200) : itemTitle;
  }
}
