/**
 * A shopper's cart in one store: a guest's, tied to the browser by a random token, or a signed-in
 * shopper's, kept with their account; the guest's merges into the shopper's on sign-in.
 */
package dev.penny.cart.cart;
