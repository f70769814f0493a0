/**
 * The tenant admin under {@code /admin/{slug}/}: the membership gate, the dashboard and store
 * settings. (DESIGN.md puts it in a tenant-admin jar; it stays in the war until that jar can join
 * the war's annotation scanning, which the empty absolute ordering turns off.)
 */
package dev.penny.storefront.admin;
