/**
 * Spending keys: what a shopper gives a machine client (a script, an agent, a store's service) to
 * pay for them within a daily cap per store. Penny stores no secret: a key's secret is an HMAC of
 * its id under the platform's key, shown once and recomputed to check it.
 */
package dev.penny.payments.spending;
