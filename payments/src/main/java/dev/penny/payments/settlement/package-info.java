/**
 * Settlements: one per store per finished (UTC) day, built from the day's sales, the shares of the
 * day's tab charges and the day's refunds ({@link dev.penny.payments.settlement
 * .SettlementBuilder}), read by the store's merchant ({@link dev.penny.payments.settlement
 * .Settlements}), and the run that charges due tabs and builds them ({@link
 * dev.penny.payments.settlement.SettlementRuns}).
 */
package dev.penny.payments.settlement;
