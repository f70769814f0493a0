package dev.penny.payments.refund;

import dev.penny.money.Money;
import java.time.Instant;
import java.util.Optional;

/** A refund of (part of) a micro-purchase after it was collected, as the merchant sees it. */
public record Refund(
    String id,
    long purchaseId,
    Money amount,
    RefundDestination destination,
    String status,
    Instant createdAt,
    Optional<Instant> doneAt,
    boolean replayed) {}
