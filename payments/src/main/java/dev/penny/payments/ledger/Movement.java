package dev.penny.payments.ledger;

import dev.penny.money.Money;
import java.time.Instant;

/** One transfer as an account's statement shows it: plus for money in, minus for money out. */
public record Movement(long transferId, TransferKind kind, String memo, Money amount, Instant at) {}
