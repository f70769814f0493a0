package dev.penny.payments.ledger;

import java.time.Instant;

/**
 * A transfer the ledger holds: its id and time. {@code replayed} says the key had been posted
 * before and this answer is the first one's (nothing moved this time).
 */
public record Posted(long transferId, Instant at, boolean replayed) {}
