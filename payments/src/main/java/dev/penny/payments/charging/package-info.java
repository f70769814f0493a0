/**
 * Charging tabs: when a tab is due ({@link dev.penny.payments.tab.DueRule}), how its lines become
 * card charges ({@link dev.penny.payments.charging.TabChargePlanner}), how a charge moves ({@link
 * dev.penny.payments.charging.ChargeTransitions}), how its fee is split across stores ({@link
 * dev.penny.payments.charging.ProportionalSplit}), and the service that does it exactly once
 * ({@link dev.penny.payments.charging.TabCharger}).
 */
package dev.penny.payments.charging;
