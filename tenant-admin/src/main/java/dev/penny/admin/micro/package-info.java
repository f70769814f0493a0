/**
 * The merchant's micropayments: the store's micro-purchases (unlocks, tips with their notes,
 * digital goods, metered calls) with void while on an open tab, and the snippet of the button a
 * merchant pastes into any web page.
 */
package dev.penny.admin.micro;
