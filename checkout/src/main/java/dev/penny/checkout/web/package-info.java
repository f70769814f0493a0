/**
 * The card page the store's payment step frames: served only on the zone's own origin, with a
 * strict Content-Security-Policy (its own script and style, framed only by the paying store's
 * origin), no third-party code, no caching.
 */
package dev.penny.checkout.web;
