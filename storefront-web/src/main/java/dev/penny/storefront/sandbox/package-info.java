/**
 * The sandbox's own pages (only when {@code penny.sandbox} is on and the local mail server runs):
 * the mailbox where a person trying the demo, or a browser test, reads the receipts Penny sent.
 */
package dev.penny.storefront.sandbox;
