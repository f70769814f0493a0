/**
 * E-mail: messages are written to an outbox in the transaction that causes them (an order paid, a
 * refund) and sent by a sender that retries, over Jakarta Mail to the configured SMTP server.
 */
package dev.penny.platform.mail;
