/** Refunds of micro-purchases after they were collected: to the wallet or to the card. */
package dev.penny.payments.refund;
