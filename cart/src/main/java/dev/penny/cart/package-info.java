/**
 * Carts, their pricing (tax, coupons, shipping) and orders: what a shopper is buying from one store
 * and what they owe for it. Prices always come from the catalog at the moment of asking, never from
 * the client.
 */
package dev.penny.cart;
