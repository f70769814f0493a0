/**
 * Webhooks: a store's endpoints, the outbox its changes write events to in their own transaction,
 * and their signed delivery with retries.
 */
package dev.penny.platform.webhook;
