/** The zone's wiring: its database and schema, keys, clock, host check and janitor. */
package dev.penny.checkout.zone;
