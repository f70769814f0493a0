package dev.penny.payments.charging;

import dev.penny.money.Money;
import java.time.Instant;
import java.util.Optional;

/** A tab charge as its shopper (account page, API) sees it. */
public record TabChargeView(
    String id,
    Money amount,
    ChargeStatus status,
    ChargeReason reason,
    String cardLabel,
    int attempts,
    Optional<String> declineCode,
    Instant createdAt,
    Optional<Instant> settledAt) {}
