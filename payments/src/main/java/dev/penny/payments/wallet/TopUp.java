package dev.penny.payments.wallet;

import dev.penny.money.Money;
import java.util.Optional;

/**
 * A wallet top-up and where it stands: {@code PENDING} (the zone was asked), {@code SUCCEEDED} (the
 * card was charged and the wallet credited), {@code FAILED} (declined), {@code UNKNOWN} (the zone
 * did not say; it is asked again, never charged again).
 */
public record TopUp(String id, Money amount, String status, Optional<String> declineCode) {}
