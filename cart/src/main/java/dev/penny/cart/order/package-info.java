/**
 * Orders: placed from a cart with stock taken at once, numbered per store, moved through their
 * states by a declared table of transitions, each change recorded with its time and actor.
 */
package dev.penny.cart.order;
