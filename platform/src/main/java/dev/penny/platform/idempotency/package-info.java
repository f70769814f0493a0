/**
 * Idempotency keys of API requests that move money: the first answer is kept (at least 30 days) and
 * replayed for the same key and request; the same key with another request is a conflict.
 */
package dev.penny.platform.idempotency;
