package dev.penny.payments.purchase;

import dev.penny.money.Money;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a store sells in one click: the kind, the item (a content item's id for an unlock), its
 * title, the price, a tip's note, and for an unlock how long it lasts (empty: forever).
 */
public record Sale(
    PurchaseKind kind,
    OptionalLong itemId,
    String title,
    Money price,
    Optional<String> note,
    Optional<Duration> pass) {

  public Sale {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    if (kind == PurchaseKind.UNLOCK && itemId.isEmpty()) {
      throw new IllegalArgumentException("An unlock names its content item");
    }
  }

  public static Sale unlock(long contentId, String title, Money price, Optional<Duration> pass) {
    return new Sale(
        PurchaseKind.UNLOCK, OptionalLong.of(contentId), title, price, Optional.empty(), pass);
  }

  public static Sale tip(Money amount, Optional<String> note, OptionalLong contentId) {
    return new Sale(PurchaseKind.TIP, contentId, "Tip", amount, note, Optional.empty());
  }

  /** A small digital good: a variant of a digital product, bought whole with one click. */
  public static Sale item(long variantId, String title, Money price) {
    return new Sale(
        PurchaseKind.ITEM,
        OptionalLong.of(variantId),
        title,
        price,
        Optional.empty(),
        Optional.empty());
  }

  public static Sale metered(String meter, Money price) {
    return new Sale(
        PurchaseKind.METERED,
        OptionalLong.empty(),
        meter,
        price,
        Optional.empty(),
        Optional.empty());
  }
}
