/**
 * The zone's server-to-server API ({@code /checkout/api/v1}): payments for stores (create, read,
 * capture, void, refund), a shopper's saved cards, key rotation and the sandbox's settlement file.
 * Every call carries the server secret; nothing here ever returns a card number.
 */
package dev.penny.checkout.api;
