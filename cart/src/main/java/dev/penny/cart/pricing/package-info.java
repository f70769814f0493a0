/**
 * The arithmetic of a cart, with no database and no CDI: subtotal, discount, shipping, tax and
 * total, exact to the micro-unit.
 */
package dev.penny.cart.pricing;
