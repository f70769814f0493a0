/** Money as exact micro-units of one ISO 4217 currency; never a floating-point number. */
package dev.penny.money;
