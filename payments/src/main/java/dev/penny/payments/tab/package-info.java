/**
 * Post-paid tabs: one per shopper and currency across every Penny store, opened with the shopper's
 * consent to aggregated card charges and a saved card. Purchases accrue as lines; the tab is due at
 * the platform's threshold, when its oldest line is 72 hours old, or when the shopper pays now.
 * (Charging a due tab is the settlement's work.)
 */
package dev.penny.payments.tab;
