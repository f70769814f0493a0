/**
 * Payments: what a store asks the zone to collect, the card attempts against it, and every acquirer
 * request it sent, moved by a declared table of transitions. An authorization whose outcome is
 * unknown is asked about, never sent again blindly.
 */
package dev.penny.checkout.payment;
