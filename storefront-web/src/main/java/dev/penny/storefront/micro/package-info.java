/**
 * Micropayments in the store: the paid content's HTTP 402 answer (for machine clients, at the
 * article's address and in the API), the one-click actions of store pages (unlock, tip, the
 * wallet's top-ups, the tab, pay-with, spending keys) and the wallet page.
 */
package dev.penny.storefront.micro;
