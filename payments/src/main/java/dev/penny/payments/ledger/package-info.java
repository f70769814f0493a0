/**
 * The ledger: accounts and append-only transfers between them, in micro-units. A transfer is two
 * entries (minus on the debit account, plus on the credit account), so every currency sums to zero.
 * Every transfer has an idempotency key; {@link dev.penny.payments.ledger.LedgerWriter} applies
 * many at once in one database transaction (group commit) and {@link
 * dev.penny.payments.ledger.Books} decides each one against the locked balances.
 */
package dev.penny.payments.ledger;
