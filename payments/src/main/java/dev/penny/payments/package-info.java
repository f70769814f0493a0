/**
 * Micropayments: an exact double-entry ledger, prepaid wallets and post-paid tabs that serve every
 * store, one-click micro-purchases (unlocks, tips, small goods, metered calls), spending keys for
 * machine clients and the HTTP 402 payment scheme. Penny is the merchant of record for what wallets
 * and tabs collect; each store's share is its account in the ledger.
 */
package dev.penny.payments;
