/**
 * HTTP 402 for machine clients: the payment requirements of a paid resource (one description,
 * spoken as x402 v2, the IETF "Payment" authentication scheme and Cloudflare's crawler headers),
 * single-use nonces, and the check of a client's proof that it holds a spending key.
 */
package dev.penny.payments.machine;
