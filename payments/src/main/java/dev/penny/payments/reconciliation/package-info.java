/**
 * Reconciliation: the acquirer's daily settlement file against Penny's own card charges, refunds
 * and the stores' settlements, to the micro-unit.
 */
package dev.penny.payments.reconciliation;
