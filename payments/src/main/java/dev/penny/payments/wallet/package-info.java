/**
 * Prepaid wallets: one per shopper and currency, valid in every store, topped up with a card
 * through the checkout zone (a saved card at once, or a new one on the zone's card page).
 */
package dev.penny.payments.wallet;
