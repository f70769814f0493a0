/**
 * Micro-purchases: article unlocks (forever or a time pass), tips with a note, small digital goods
 * and metered calls, paid in one click from the shopper's wallet or tab. Each becomes one ledger
 * transfer and the store's record of the sale; an unlock also an entitlement.
 */
package dev.penny.payments.purchase;
