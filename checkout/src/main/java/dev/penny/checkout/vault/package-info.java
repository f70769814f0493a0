/** The card vault: card numbers encrypted under a key id, handed out as opaque tokens. */
package dev.penny.checkout.vault;
