package dev.penny.payments.charging;

/**
 * What one charge collects of one line; {@code completes} when nothing of the line is left after
 * it.
 */
public record Coverage(long purchaseId, long tenantId, long micros, boolean completes) {}
