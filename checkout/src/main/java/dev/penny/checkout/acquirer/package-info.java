/**
 * The acquirer the zone sends card transactions to (authorize, capture, void, refund, status), and
 * the sandbox acquirer that behaves like a real one: test cards, latency, timeouts whose outcome is
 * known only when asked, idempotent request ids, a minimum charge and a daily settlement file.
 */
package dev.penny.checkout.acquirer;
