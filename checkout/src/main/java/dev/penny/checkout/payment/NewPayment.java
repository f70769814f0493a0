package dev.penny.checkout.payment;

import dev.penny.money.Money;
import java.util.Optional;

/** What a store asks the zone to collect (see the API). */
public record NewPayment(
    String store,
    String orderRef,
    Money amount,
    Optional<String> shopper,
    boolean captureAtOnce,
    String frameOrigin) {

  public NewPayment {
    if (store == null || !store.matches("[a-z0-9][a-z0-9-]{0,59}")) {
      throw new IllegalArgumentException("store");
    }
    if (orderRef == null || !orderRef.matches("[A-Za-z0-9_.:-]{1,60}")) {
      throw new IllegalArgumentException("orderRef");
    }
    if (!amount.isPositive() || !amount.toMinorUnitsRoundingDown().remainder().isZero()) {
      throw new IllegalArgumentException("amount");
    }
    if (frameOrigin == null
        || frameOrigin.length() > 200
        || !frameOrigin.matches("https?://[a-z0-9.-]+(:[0-9]{1,5})?")) {
      throw new IllegalArgumentException("frameOrigin");
    }
    if (shopper.isPresent() && (shopper.get().isBlank() || shopper.get().length() > 255)) {
      throw new IllegalArgumentException("shopper");
    }
  }
}
