/** A store's presentation and commercial settings. */
package dev.penny.platform.store;
