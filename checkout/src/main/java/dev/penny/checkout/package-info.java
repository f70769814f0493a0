/**
 * The checkout zone: the only code that ever sees a card number. Its own war, origin, schema,
 * database user and persistence unit; the rest of Penny reaches it only over its HTTP API with
 * tokens. It depends on the money module alone.
 */
package dev.penny.checkout;
